/// The information notice of RGPD art. 13, for the people whose data the shop keeps:
/// what is kept, why (and on which legal basis), how long, who is responsible and how to
/// reach them, their rights and the CNIL. Built from the shop's settings and the
/// retention periods; printed at the till or shown as text for an A4 sheet.
public struct PrivacyNotice: Equatable, Sendable {
    public enum Audience: String, CaseIterable, Sendable {
        case foyers, vendeurs, donateurs

        /// The line under the title.
        public var label: String {
            switch self {
            case .foyers: return "Foyers accueillis à l'épicerie solidaire"
            case .vendeurs: return "Déposants du vide-greniers"
            case .donateurs: return "Donateurs de la friperie"
            }
        }
    }

    public struct Section: Equatable, Sendable {
        public var heading: String
        public var paragraphs: [String]
    }

    public static let title = "VOS DONNÉES PERSONNELLES"

    public var audience: Audience
    public var sections: [Section]

    /// `contact`: a line saying how to reach whoever answers (an e-mail, a phone, « à
    /// l'accueil »); the shop's name and address are always there.
    public init(_ audience: Audience, shopName: String, addressLines: [String], contact: String? = nil,
                retention: RetentionPeriods = .legalDefaults) {
        self.audience = audience
        let address = addressLines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var who = [([shopName] + address).joined(separator: ", ") + "."]
        if let contact = contact?.trimmingCharacters(in: .whitespaces), !contact.isEmpty { who.append("Contact : \(contact)") }
        let r = retention
        func years(_ n: Int) -> String { n == 1 ? "1 an" : "\(n) ans" }
        let accounting = { (what: String) in "\(what) : \(years(r.accountingYears)) (\(RetentionPeriods.accountingSource))." }
        switch audience {
        case .foyers:
            sections = [
                Section(heading: "Qui en est responsable", paragraphs: who),
                Section(heading: "Ce que nous gardons", paragraphs: [
                    "Le nom (ou un pseudonyme) et le téléphone du foyer, sa composition, ses ressources et ses charges, "
                        + "ses prestations et son quotient familial, le service qui l'oriente, la période de ses droits et "
                        + "le numéro de sa carte. Les tickets de caisse ne portent que ce numéro.",
                ]),
                Section(heading: "Pourquoi", paragraphs: [
                    "Pour vous ouvrir l'épicerie solidaire et calculer ce qui reste à payer selon vos droits : "
                        + "l'aide alimentaire, intérêt légitime de l'association (art. 6-1-f du RGPD). "
                        + "Les chiffres remis aux financeurs sont anonymes.",
                ]),
                Section(heading: "Combien de temps", paragraphs: [
                    "Votre fiche : \(years(r.householdYears)) après votre dernier passage ou sa dernière mise à jour, "
                        + "puis elle est effacée (\(RetentionPeriods.householdSource)).",
                    accounting("Les tickets de caisse, sans nom"),
                ]),
            ]
        case .vendeurs:
            sections = [
                Section(heading: "Qui en est responsable", paragraphs: who),
                Section(heading: "Ce que nous gardons", paragraphs: [
                    "Vos nom, prénom et domicile, votre téléphone et votre e-mail ; la nature, le numéro, la date et "
                        + "l'autorité de délivrance de votre pièce d'identité ; votre IBAN si vous êtes payé par virement ; "
                        + "la description et le prix de chaque objet déposé, sa vente et chaque reversement.",
                ]),
                Section(heading: "Pourquoi", paragraphs: [
                    "Pour tenir le registre des objets mobiliers que la loi impose au dépôt-vente "
                        + "(art. 321-7 et R321-3 et suivants du code pénal) : obligation légale (art. 6-1-c du RGPD).",
                    "Pour exécuter votre contrat de dépôt : location du box, ventes, reversements (art. 6-1-b du RGPD).",
                ]),
                Section(heading: "Combien de temps", paragraphs: [
                    "Le registre (identité, pièce d'identité, objets) : \(years(r.registerYears)) après sa clôture "
                        + "(\(RetentionPeriods.registerSource)).",
                    accounting("Les reversements et les écritures comptables"),
                ]),
            ]
        case .donateurs:
            sections = [
                Section(heading: "Qui en est responsable", paragraphs: who),
                Section(heading: "Ce que nous gardons", paragraphs: [
                    "Votre nom, si vous le donnez, avec la date, le poids et la famille des articles déposés.",
                ]),
                Section(heading: "Pourquoi", paragraphs: [
                    "Pour vous remettre un reçu de dépôt et suivre la provenance des dons : intérêt légitime de "
                        + "l'association (art. 6-1-f du RGPD).",
                ]),
                Section(heading: "Combien de temps", paragraphs: [
                    "Votre nom : \(years(r.donorNameYears)) après le dépôt, puis il est effacé ; le poids reste, "
                        + "sans nom (\(RetentionPeriods.donorSource)).",
                ]),
            ]
        }
        sections += [
            Section(heading: "Vos droits", paragraphs: [
                "Vous pouvez demander à voir vos données, les faire corriger ou effacer (sauf ce que la loi oblige à "
                    + "garder), en limiter l'usage ou vous y opposer (art. 15 à 21 du RGPD) : adressez-vous à l'accueil "
                    + "ou à l'adresse ci-dessus. Vous recevrez une réponse sous un mois.",
            ]),
            Section(heading: "Réclamation", paragraphs: [
                "Si vous estimez que vos droits ne sont pas respectés, vous pouvez saisir la CNIL : www.cnil.fr, "
                    + "ou 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.",
            ]),
        ]
    }

    /// The notice as plain text, one paragraph a line (a word processor wraps it on A4).
    public var text: String {
        var lines = [Self.title, audience.label]
        for section in sections {
            lines += ["", section.heading.uppercased()] + section.paragraphs
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
