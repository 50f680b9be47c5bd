import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirPrint
import ComptoirRuntime

/// `comptoir report z 12 --print`: a Z as it was written, shown, or printed again as a
/// DUPLICATA (journaled, as the reprint of a ticket is).
extension ReportCommand {
    struct Z: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "z",
            abstract: "Affiche un Z tel qu'il a été enregistré, ou le réimprime (DUPLICATA).",
            discussion: """
                Sans numéro, le dernier Z de cette caisse. Avec --print, un duplicata part vers l'imprimante de la
                configuration et la réimpression est notée au journal.
                Exemple : comptoir report z 12 --print
                """
        )
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("Le numéro de la session (celui du Z).", valueName: "numéro-du-z")) var session: Int64?
        @Flag(name: .customLong("print"), help: "Réimprime le Z (marqué DUPLICATA) sur l'imprimante configurée.") var reprint = false

        func run() throws {
            let shop = try Shop.open(options, access: reprint ? .write : .readOnly)
            let found = try ledgerCall {
                try session.map { try shop.ledger.closing(session: $0) } ?? shop.ledger.lastClosing(till: shop.tillName)
            }
            guard let z = found else {
                throw Failure(session.map { "La session n° \($0) n'a pas de Z." } ?? "Aucun Z n'a encore été fait à la caisse « \(shop.tillName) ».")
            }
            let config = shop.config
            let now = Date()
            let context = DocumentContext(header: ReceiptHeader(shopName: config.shopName, addressLines: config.shopAddress,
                                                                siret: config.shopSiret.isEmpty ? nil : config.shopSiret),
                                          printedAt: z.closedAt, tillName: z.report.till, demo: shop.isDemo,
                                          timeZone: shop.ledger.timeZone)
            let head = try? shop.ledger.chainHead(at: z.journalSeq)
            let doc = SessionReportLayout().document(for: z.report, closing: z, context, width: config.printer.width,
                                                     journalHead: head, reprintedAt: now)
            guard reprint else {
                print(PrintableText.sanitized(doc.plainText, singleLine: false))
                return
            }
            guard config.printer.transport != .none else {
                throw Failure("Aucune imprimante n'est configurée (section [printer]) : le Z n'a pas été réimprimé.")
            }
            try ledgerCall { try shop.ledger.recordClosingReprint(session: z.report.sessionId, till: shop.tillName, operatorId: nil) }
            let bytes = EscPosEncoder(codePage: CodePage(rawValue: config.printer.codePage) ?? .cp858, kicksDrawer: false).encode(doc)
            do {
                try config.printer.connection().printChecked(bytes)
            } catch {
                throw Failure("Duplicata du Z non imprimé : \(error.message) (la réimpression est notée au journal).")
            }
            print("Duplicata du Z de la session n° \(z.report.sessionId) imprimé (\(z.report.total.formatted), écart \(z.variance.formatted)).")
        }
    }
}
