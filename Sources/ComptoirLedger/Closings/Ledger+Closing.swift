import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// The Z: closes the session with the drawer counted, confirmed by a responsable. The
    /// figures are computed under the write lock, so no sale slips in between; the session
    /// takes no sale afterwards. Refused for a session already closed or unknown.
    public func closeSession(
        _ id: Int64, count: CashCount, comment: String?, authorizedBy: Int64, till: String
    ) throws -> ClosingReport {
        guard count.pieces.values.allSatisfy({ $0 >= 0 }),
              count.pieces.keys.allSatisfy({ CashCount.denominations.contains($0) }) else {
            throw LedgerError.refused("Le comptage de la caisse est invalide : recomptez les billets et les pièces.")
        }
        let comment = comment?.trimmingCharacters(in: .whitespaces)
        return try write { db in
            try self.checkActor(db, authorizedBy)
            guard let row = try Row.fetchOne(db, sql: """
                SELECT till, EXISTS (SELECT 1 FROM session_closings c WHERE c.session_id = s.id) AS closed
                FROM till_sessions s WHERE id = ?
                """, arguments: [id]) else {
                throw LedgerError.refused("Il n'y a pas de session de caisse n° \(id).")
            }
            guard !(row["closed"] as Bool) else {
                throw LedgerError.refused("La session n° \(id) de la caisse \(row["till"] as String) est déjà clôturée.")
            }
            let last = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(number), 0) FROM tickets") ?? 0
            let report = try Self.sessionReport(db, session: id, upToTicket: last, closingsBefore: nil, timeZone: self.timeZone)
            let counted = count.total
            let payload = Self.closingPayload(report, count: count, comment: comment?.isEmpty == true ? nil : comment,
                                              closedBy: authorizedBy, lastTicket: last)
            let stamp = try self.journal(db, .sessionClosed, till: till, operatorId: authorizedBy, payload)
            let text = try CanonicalJSON.encode(payload)
            try db.execute(sql: """
                INSERT INTO session_closings (session_id, closed_at, closed_by, journal_seq, counted_cents, report)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [id, stamp.at, authorizedBy, stamp.seq, counted.cents, text])
            let name = try UserRecord.fetchOne(db, key: authorizedBy)?.firstName ?? ""
            return ClosingReport(report: report, count: count, counted: counted, variance: report.variance(counted: counted),
                                 comment: payload.comment, closedAt: stamp.date, closedBy: name, journalSeq: stamp.seq)
        }
    }

    static func closingPayload(_ r: SessionReport, count: CashCount, comment: String?, closedBy: Int64,
                               lastTicket: Int64) -> ClosingPayload {
        ClosingPayload(
            session: r.sessionId, closedBy: closedBy, floatCents: r.float.cents, sales: Int64(r.sales),
            cancellations: Int64(r.cancellations), refunds: Int64(r.refunds),
            byMethod: Dictionary(uniqueKeysWithValues: r.byMethod.map { ($0.key.rawValue, $0.value.cents) }),
            byActivity: Dictionary(uniqueKeysWithValues: r.byActivity.map { ($0.key.rawValue, $0.value.cents) }),
            commissionCents: r.commission.cents, sellersShareCents: r.sellersShare.cents, cashPayoutsCents: r.cashPayouts.cents,
            otherCashCents: r.otherCashMovements.cents, expectedCashCents: r.expectedCash.cents, countedCents: count.total.cents,
            pieces: Dictionary(uniqueKeysWithValues: count.pieces.filter { $0.value > 0 }.map { ("\($0.key)", $0.value) }),
            varianceCents: r.variance(counted: count.total).cents, comment: comment, totalCents: r.total.cents,
            lastTicket: lastTicket, perpetualCents: r.perpetualTotal.cents,
            perpetualSalesCents: r.perpetualSales?.cents, perpetualCounterCents: r.perpetualCounterEntries?.cents)
    }
}
