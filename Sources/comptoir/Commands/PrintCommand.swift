import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirPrint
import ComptoirRuntime

/// `comptoir print notice`: documents printed on demand on the receipt printer.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Imprime un document à la demande sur l'imprimante de tickets.",
        subcommands: [Notice.self]
    )

    /// The RGPD information notice (art. 13) for the households, the sellers or the donors.
    struct Notice: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "notice",
            abstract: "Imprime la notice d'information sur les données personnelles (RGPD, art. 13).",
            discussion: """
                Ce que la boutique garde, pourquoi (la base légale), combien de temps (les durées légales de
                conservation), qui en est responsable (nom et adresse des réglages de la boutique), les droits
                d'accès, de rectification et d'effacement, et la réclamation à la CNIL. Une notice par public ;
                avec --text, le texte s'affiche (un paragraphe par ligne, à coller dans un document A4).
                Exemples : comptoir print notice --for foyers
                           comptoir print notice --for vendeurs --contact "contact@grenier.example" --text > notice.txt
                """
        )
        @OptionGroup var options: CommonOptions
        @Option(name: .customLong("for"), help: ArgumentHelp("Pour qui : foyers, vendeurs, donateurs ou tous.", valueName: "public"))
        var audience: String = "tous"
        @Option(help: ArgumentHelp("Comment joindre le responsable (e-mail, téléphone), en plus de l'adresse.", valueName: "contact"))
        var contact: String?
        @Flag(help: "Affiche le texte au lieu de l'imprimer.") var text = false

        func run() throws {
            let audiences: [PrivacyNotice.Audience]
            switch audience.lowercased() {
            case "tous": audiences = PrivacyNotice.Audience.allCases
            case "vendeur", "deposants", "déposants": audiences = [.vendeurs]
            case "foyer": audiences = [.foyers]
            case "donateur": audiences = [.donateurs]
            default:
                guard let one = PrivacyNotice.Audience(rawValue: audience.lowercased()) else {
                    throw Failure("--for « \(audience) » : foyers, vendeurs, donateurs ou tous.")
                }
                audiences = [one]
            }
            let shop = try Shop.open(options, access: .readOnly)
            let config = shop.config
            guard !config.shopAddress.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
                throw Failure("La notice nomme la boutique et son adresse : renseignez-les dans les réglages de la boutique.")
            }
            let notices = audiences.map {
                PrivacyNotice($0, shopName: config.shopName, addressLines: config.shopAddress, contact: contact,
                              retention: config.retention)
            }
            guard !text else {
                print(PrintableText.sanitized(notices.map(\.text).joined(separator: "\n\n"), singleLine: false))
                return
            }
            guard config.printer.transport != .none else {
                throw Failure("Aucune imprimante n'est configurée (réglages de la boutique ou section [printer]) : "
                              + "rien n'a été imprimé ; --text affiche la notice.")
            }
            let context = DocumentContext(header: ReceiptHeader(shopName: config.shopName, addressLines: config.shopAddress,
                                                                siret: config.shopSiret.isEmpty ? nil : config.shopSiret),
                                          printedAt: Date(), tillName: config.tillName, demo: shop.isDemo,
                                          timeZone: shop.ledger.timeZone)
            let encoder = EscPosEncoder(codePage: CodePage(rawValue: config.printer.codePage) ?? .cp858, kicksDrawer: false)
            for notice in notices {
                let doc = PrivacyNoticeLayout().document(for: notice, context, width: config.printer.width)
                do {
                    try config.printer.connection().printChecked(encoder.encode(doc))
                } catch {
                    throw Failure("Notice « \(notice.audience.label) » non imprimée : \(error.message)")
                }
            }
            print(counted(notices.count, "notice imprimée", "notices imprimées") + " ("
                  + notices.map(\.audience.rawValue).joined(separator: ", ") + ").")
        }
    }
}
