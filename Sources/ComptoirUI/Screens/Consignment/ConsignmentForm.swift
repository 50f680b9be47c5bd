import ComptoirCore

/// What is being typed on the vide-greniers screens.
public struct ConsignmentForm: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A new seller (nil) or the one being corrected.
        case seller(Seller?)
        case box
        /// A rental for the seller, in the box proposed.
        case rental(sellerId: Int64)
        /// Items typed one after the other into the rental; the form stays open.
        case items(rentalId: Int64, boxCode: String)
        case payout(sellerId: Int64, balance: Money)
        case extend(RentalSummary)
        case donate(ConsignedItem)
        /// The seller's debt taken at the till on one of their rentals: a ticket line.
        case debt(sellerName: String, rentalId: Int64, owed: Money)
    }

    public var kind: Kind
    public var fields: [FormField]
    public var focus = 0

    public init(_ kind: Kind, box: String = "", today: CalendarDay? = nil) {
        self.kind = kind
        switch kind {
        case .seller(let s):
            fields = [
                FormField("Nom", s?.lastName ?? "", maxLength: 30),
                FormField("Prénom", s?.firstName ?? "", maxLength: 30),
                FormField("Domicile", s?.address ?? "", maxLength: 60),
                FormField("Téléphone", s?.phone ?? "", maxLength: 20),
                FormField("Courriel", s?.email ?? "", maxLength: 40),
                FormField("Pièce d'identité", options: Seller.Document.allCases.map(\.label),
                          choice: Seller.Document.allCases.firstIndex(of: s?.document ?? .identityCard) ?? 0),
                FormField("N° de pièce d'identité", s?.documentNumber ?? "", maxLength: 20),
                FormField("Délivrée le", s?.documentIssuedOn?.french ?? "", maxLength: 10),
                FormField("Délivrée par", s?.documentAuthority ?? "", maxLength: 40),
                FormField("IBAN (facult.)", s?.iban.map(IBAN.formatted) ?? "", maxLength: 42),
            ]
        case .box:
            fields = [
                FormField("Code du box", maxLength: 8),
                FormField("Taille", maxLength: 20),
                FormField("Loyer à la semaine (€)", maxLength: 8),
                FormField("Loyer au mois (€)", maxLength: 8),
            ]
        case .rental:
            fields = [
                FormField("Box", box, maxLength: 8),
                FormField("Début", today?.french ?? "", maxLength: 10),
                FormField("Semaines", "2", maxLength: 2, digitsOnly: true),
                FormField("Mois", "0", maxLength: 2, digitsOnly: true),
                FormField("Loyer", options: ["payé à la caisse", "déduit des ventes"], choice: 0),
            ]
        case .items:
            fields = [FormField("Description", maxLength: 40), FormField("Prix (€)", maxLength: 8)]
        case .payout(_, let balance):
            fields = [
                FormField("Montant (€)", balance.cents > 0 ? balance.plain : "", maxLength: 9),
                FormField("Mode", options: Payout.Method.allCases.map(\.label), choice: 0),
            ]
        case .extend:
            fields = [FormField("Semaines en plus", "1", maxLength: 2, digitsOnly: true),
                      FormField("Mois en plus", "0", maxLength: 2, digitsOnly: true)]
        case .donate:
            fields = [FormField("Poids (kg)", maxLength: 7)]
        case .debt(_, _, let owed):
            fields = [FormField("Montant payé (€)", owed.plain, maxLength: 9)]
        }
    }

    public var title: String {
        switch kind {
        case .seller(let s): return s.map { "Fiche \(French.de($0.fullName))" } ?? "Nouveau déposant"
        case .box: return "Nouveau box"
        case .rental: return "Louer un box"
        case .items(_, let box): return "Articles du box \(box) : Entrée après le prix enregistre, Échap termine"
        case .payout(_, let balance): return "Reversement (solde \(balance.formatted))"
        case .extend(let r): return "Prolonger \(r.title)"
        case .donate(let item): return "Don à la friperie : \(item.code.text) \(item.description)"
        case .debt(let name, _, let owed): return "Dette de \(name) : doit \(owed.formatted)"
        }
    }

    /// Weeks and months typed in fields `w` and `m`, at least one of them.
    func period(weeks w: Int, months m: Int) -> Result<(weeks: Int, months: Int), FieldProblem> {
        guard case .success(let weeks) = fields[w].count(0...52), case .success(let months) = fields[m].count(0...24) else {
            return .failure(FieldProblem(label: fields[w].label, message: "tapez un nombre de semaines (0 à 52) et de mois (0 à 24)."))
        }
        guard weeks + months > 0 else {
            return .failure(FieldProblem(label: fields[w].label, message: "au moins une semaine ou un mois."))
        }
        return .success((weeks, months))
    }
}
