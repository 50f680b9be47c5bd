import Foundation
import Logging
import ComptoirCore
import ComptoirLedger
import ComptoirUI

/// Training mode swaps the ledger the effects go to: a fresh copy of the real one next to
/// it (`….formation.<till>.sqlite`), so the real books never see a practice sale. A
/// responsable allows each switch with their PIN, counted and checked in the REAL ledger
/// (the current one may be the copy), where the switch is journaled. The copy is deleted
/// when training ends: personal data must not outlive the retention periods in it.
extension EffectPerformer {
    func setTraining(_ on: Bool, _ approval: Approval) throws -> [Msg] {
        do {
            return try switchTraining(on, approval)
        } catch let error as LedgerError {
            throw LedgerError.refused("Mode formation impossible : \(error.message)")
        } catch let denied as ApprovalDenied {
            throw denied
        } catch {
            throw LedgerError.refused("Mode formation impossible : \(error.localizedDescription)")
        }
    }

    private func switchTraining(_ on: Bool, _ approval: Approval) throws -> [Msg] {
        let real = realLedger
        let path = Self.trainingPath(for: databasePath, till: till)
        // A volunteer created in training does not exist in the real ledger.
        let known = try real.users(includeInactive: true).contains { $0.id == approval.operatorId }
        let manager = try manager(approval, in: real, operatorId: known ? approval.operatorId : nil)
        guard on != training else { return [] }
        let operatorId = known ? approval.operatorId : manager.id
        if on {
            let copy = try real.makeTrainingCopy(at: path)
            do {
                try real.recordTraining(started: true, till: till, operatorId: operatorId, authorizedBy: manager.id,
                                        copy: path, reason: approval.reason)
            } catch {
                try? copy.close()
                throw error
            }
            ledger = copy
            logger.notice("mode formation activé", metadata: ["responsable": "\(manager.id)"])
        } else {
            try real.recordTraining(started: false, till: till, operatorId: operatorId, authorizedBy: manager.id,
                                    copy: path, reason: approval.reason)
            try? ledger.close()
            ledger = real
            do { try real.removeTrainingCopy(at: path) } catch {
                logger.error("base de formation pas effacée", metadata: ["erreur": "\(error)"])
            }
            logger.notice("mode formation terminé", metadata: ["responsable": "\(manager.id)"])
        }
        let base = training ? (try ledger.trainingBase() ?? 0) : 0
        return [.trainingChanged(on, base: base, by: manager.firstName), .login(.usersLoaded(try ledger.users(includeInactive: true)))]
    }

    /// One copy per till (`<base>.formation.<till>.sqlite`): two tills in training never
    /// replace each other's copy.
    public static func trainingPath(for databasePath: String, till: String) -> String {
        let base = databasePath.hasSuffix(".sqlite") ? String(databasePath.dropLast(7)) : databasePath
        return base + ".formation." + Ledger.trainingFileName(till: till) + ".sqlite"
    }
}
