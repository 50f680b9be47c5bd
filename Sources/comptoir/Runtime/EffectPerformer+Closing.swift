import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirPrint
import ComptoirUI

/// The X and the Z: figures read back from the ledger, the Z written, both printed.
extension EffectPerformer {
    /// nil when `effect` is not a closing one.
    func runClosing(_ effect: Effect) throws -> [Msg]? {
        switch effect {
        case .loadSessionReport(let id):
            return [.sessionReportLoaded(try ledger.sessionReport(session: id))]
        case .printSessionReport(let id):
            guard hasPrinter else { return [.failed("Pas d'imprimante configurée : le X reste à l'écran.")] }
            printReport(try ledger.sessionReport(session: id), closing: nil)
            return []
        default:
            return nil
        }
    }

    /// The Z a responsable confirmed: written first, then printed.
    func closeSession(_ id: Int64, count: CashCount, comment: String?, manager: UserSummary) throws -> [Msg] {
        let z = try ledger.closeSession(id, count: count, comment: comment, authorizedBy: manager.id, till: till)
        logger.info("clôture", metadata: ["session": "\(id)", "compte": "\(z.counted.cents)", "ecart": "\(z.variance.cents)"])
        if hasPrinter { printReport(z.report, closing: z) }
        return [.sessionClosed(z, backup: backupAfterZ())]
    }

    /// The copy made after each Z, when a backup folder is configured: where it went, or
    /// why it could not be made (the Z itself is written either way).
    private func backupAfterZ() -> BackupOutcome? {
        guard let folder = config.backupFolder, !training else { return nil }
        do {
            let path = try ledger.backup(toFolder: folder, keep: config.backupKeep)
            logger.info("sauvegarde", metadata: ["fichier": "\(path)"])
            return .saved(fileName: (path as NSString).lastPathComponent)
        } catch {
            let message = (error as? LedgerError)?.message ?? "\(error)"
            logger.warning("sauvegarde échouée", metadata: ["raison": "\(message)"])
            return .failed(reason: message)
        }
    }

    private func printReport(_ report: SessionReport, closing: ClosingReport?) {
        let context = documentContext(printedAt: closing?.closedAt ?? Date())
        // The Z's own entry: the head of the chain when it was written, kept on paper.
        let head = closing.flatMap { try? ledger.chainHead(at: $0.journalSeq) }
        let doc = SessionReportLayout().document(for: report, closing: closing, context, width: config.printer.width, journalHead: head)
        let what = closing == nil ? "X" : "Z"
        submitDocument(encoder.encode(doc), done: closing == nil ? "X imprimé." : nil,
                       failed: "\(what) non imprimé" + (closing == nil ? "" : " (la clôture est enregistrée)"))
    }
}
