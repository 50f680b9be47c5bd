import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirPrint
import ComptoirUI

/// The X and the Z: figures read back from the ledger, the Z written, both printed; drops.
extension EffectPerformer {
    func perform(_ effect: ClosingEffect) throws -> [Msg] {
        let request = Effect.closing(effect)
        switch effect {
        case .loadSessionReport(let id):
            return [.closing(.sessionReportLoaded(try ledger.sessionReport(session: id)))]
        case .printSessionReport(let id):
            guard hasPrinter else { throw LedgerError.refused("Pas d'imprimante configurée : le X reste à l'écran.") }
            printReport(try ledger.sessionReport(session: id), closing: nil, request: request)
            return []
        case .cashDrop(let amount, let approval):
            let manager = try manager(approval)
            let session = try currentSession("rien n'a été prélevé")
            try ledger.recordCashDrop(amount: amount, reason: approval.reason, authorizedBy: manager.id, till: till,
                                      operatorId: approval.operatorId, sessionId: session.id)
            logger.info("prélèvement", metadata: ["montant": "\(amount.cents)", "responsable": "\(manager.id)"])
            if hasPrinter { kickDrawer(failure: "Tiroir non ouvert (le prélèvement est enregistré)", request: request) }
            return [.closing(.cashDropped(amount, by: manager.firstName))]
        case .closeSession(let id, let count, let comment, let approval):
            let manager = try manager(approval)
            // The responsable's words join the counter's comment; the form sends none for
            // its untouched default.
            let note = [comment, approval.reason.isEmpty ? nil : approval.reason].compactMap { $0 }.joined(separator: " — ")
            let z = try ledger.closeSession(id, count: count, comment: note.isEmpty ? nil : note, authorizedBy: manager.id, till: till)
            logger.info("clôture", metadata: ["session": "\(id)", "compte": "\(z.counted.cents)", "ecart": "\(z.variance.cents)"])
            if hasPrinter { printReport(z.report, closing: z, request: request) }
            return [.closing(.sessionClosed(z, backup: backupAfterZ()))]
        case .reprintZ(let sessionId, let operatorId):
            guard hasPrinter else { throw LedgerError.refused("Pas d'imprimante configurée : le Z ne peut pas être réimprimé.") }
            guard let z = try sessionId.map({ try ledger.closing(session: $0) }) ?? ledger.lastClosing(till: till) else {
                throw LedgerError.refused(sessionId.map { "La session n° \($0) n'a pas de Z." } ?? "Aucun Z n'a encore été fait à cette caisse.")
            }
            try ledger.recordClosingReprint(session: z.report.sessionId, till: till, operatorId: operatorId)
            logger.info("duplicata du Z", metadata: ["session": "\(z.report.sessionId)"])
            printReport(z.report, closing: z, request: request, reprintedAt: Date())
            return [.notice("Impression du duplicata du Z de la session n° \(z.report.sessionId)…")]
        case .findPeriodDue:
            return [.closing(.periodDue(try ledger.periodDue()))]
        case .closePeriod(let kind, let period, let operatorId):
            let report = try ledger.closePeriod(kind, period, authorizedBy: operatorId, till: till)
            logger.info("clôture de période", metadata: ["periode": "\(period)", "z": "\(report.sessions.count)"])
            return [.closing(.periodClosed(report))]
        case .findRetentionDue:
            return [.closing(.retentionDue(try ledger.retentionDue(config.retention)))]
        case .applyRetention(let operatorId):
            let outcome = try ledger.applyRetention(config.retention, by: operatorId, till: till)
            logger.info("durées de conservation", metadata: ["foyers": "\(outcome.households.count)", "deposants": "\(outcome.sellers.count)"])
            return [.closing(.retentionApplied(households: outcome.households.count, sellers: outcome.sellers.count,
                                               donorNames: outcome.donorNames))]
        }
    }

    /// The copy made after each Z, when a backup folder is configured: where it went, or
    /// why it could not be made (the Z itself is written either way).
    private func backupAfterZ() -> BackupOutcome? {
        guard let folder = config.backupFolder, !training else { return nil }
        do {
            let path = try ledger.backup(toFolder: folder, keep: config.backupKeep)
            logger.info("sauvegarde", metadata: ["fichier": "\(path)"])
            do {
                try ledger.recordBackup(file: path, headSeq: try Ledger.journalHead(ofCopy: path), operatorId: nil, till: till)
            } catch {
                // The copy is made: only its mention in the journal is missing.
                logger.warning("sauvegarde non notée au journal", metadata: ["raison": "\((error as? LedgerError)?.message ?? "\(error)")"])
            }
            return .saved(fileName: (path as NSString).lastPathComponent)
        } catch {
            let message = (error as? LedgerError)?.message ?? "\(error)"
            logger.warning("sauvegarde échouée", metadata: ["raison": "\(message)"])
            return .failed(reason: message)
        }
    }

    private func printReport(_ report: SessionReport, closing: ClosingReport?, request: Effect, reprintedAt: Date? = nil) {
        let context = documentContext(printedAt: closing?.closedAt ?? Date())
        // The Z's own entry: the head of the chain when it was written, kept on paper.
        let head = closing.flatMap { try? ledger.chainHead(at: $0.journalSeq) }
        let doc = SessionReportLayout().document(for: report, closing: closing, context, width: config.printer.width, journalHead: head,
                                                 reprintedAt: reprintedAt)
        let what = closing == nil ? "X" : "Z"
        if reprintedAt != nil, let closing {
            submitDocument(encoder.encode(doc), done: "Duplicata du Z de la session n° \(closing.report.sessionId) imprimé.",
                           failed: "Duplicata du Z non imprimé", request: request)
            return
        }
        submitDocument(encoder.encode(doc), done: closing == nil ? "X imprimé." : nil,
                       failed: "\(what) non imprimé" + (closing == nil ? "" : " (la clôture est enregistrée)"), request: request)
    }
}
