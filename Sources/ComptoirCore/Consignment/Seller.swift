import Foundation

/// A seller (déposant) of the vide-greniers: what the registre des objets mobiliers asks
/// for (identity and an identity document), and how to reach and pay them. `id` is 0
/// until the ledger gives one.
public struct Seller: Hashable, Sendable, Codable {
    public enum Document: String, Hashable, Sendable, Codable, CaseIterable {
        case identityCard = "cni"
        case passport = "passeport"
        case residencePermit = "titre_sejour"
        case drivingLicence = "permis"

        public var label: String {
            switch self {
            case .identityCard: return "carte d'identité"
            case .passport: return "passeport"
            case .residencePermit: return "titre de séjour"
            case .drivingLicence: return "permis de conduire"
            }
        }
    }

    public var id: Int64
    public var lastName: String
    public var firstName: String
    public var phone: String
    public var email: String
    public var document: Document
    public var documentNumber: String
    /// For payouts by transfer; checked with `IBAN.normalized`.
    public var iban: String?
    /// The domicile, and the issue date and authority of the identity document: the
    /// registre des objets mobiliers asks for them (C. pén. R321-3 ff.); a new rental
    /// needs them (`registreProblem`). Empty on files made before they were asked.
    public var address: String = ""
    public var documentIssuedOn: CalendarDay?
    public var documentAuthority: String = ""

    public init(id: Int64 = 0, lastName: String, firstName: String, phone: String = "", email: String = "",
                document: Document, documentNumber: String, iban: String? = nil,
                address: String = "", documentIssuedOn: CalendarDay? = nil, documentAuthority: String = "") {
        self.address = address
        self.documentIssuedOn = documentIssuedOn
        self.documentAuthority = documentAuthority
        self.id = id
        self.lastName = lastName
        self.firstName = firstName
        self.phone = phone
        self.email = email
        self.document = document
        self.documentNumber = documentNumber
        self.iban = iban
    }

    public var fullName: String { "\(firstName) \(lastName)".trimmingCharacters(in: .whitespaces) }

    /// The French reason the seller cannot be saved, naming the field; nil when they can.
    public var problem: String? {
        if lastName.trimmingCharacters(in: .whitespaces).isEmpty { return "Nom : tapez le nom du déposant." }
        if firstName.trimmingCharacters(in: .whitespaces).isEmpty { return "Prénom : tapez le prénom du déposant." }
        if documentNumber.trimmingCharacters(in: .whitespaces).isEmpty {
            return "N° de pièce d'identité : le registre des objets mobiliers demande son numéro."
        }
        if !email.isEmpty, !email.contains("@") { return "Courriel : « \(email) » n'est pas une adresse." }
        if let iban, !iban.isEmpty, IBAN.normalized(iban) == nil {
            return "IBAN : « \(iban) » n'est pas valide (clé de contrôle) : vérifiez-le sur le RIB."
        }
        return nil
    }

    /// What the registre still lacks before this seller can rent a box, in French; nil
    /// when the file is complete.
    public var registreProblem: String? {
        var missing: [String] = []
        if address.trimmingCharacters(in: .whitespaces).isEmpty { missing.append("son domicile") }
        if documentIssuedOn == nil { missing.append("la date de délivrance de sa pièce d'identité") }
        if documentAuthority.trimmingCharacters(in: .whitespaces).isEmpty { missing.append("l'autorité qui l'a délivrée") }
        guard !missing.isEmpty else { return nil }
        let list = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " et " + missing.last!
        return "Le registre des objets mobiliers demande \(list) : complétez la fiche \(French.de(fullName)) (F9 Fiche) avant de louer un box."
    }
}
