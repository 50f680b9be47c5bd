import ComptoirCore
import Foundation
import GRDB

/// Journal payload of `closing.reprinted`: the session whose Z was printed again.
struct ClosingReprintPayload: Codable, Equatable {
    var session: Int64
}

extension Ledger {
    /// The Z of session `id` as it was written (its journaled figures, never recomputed);
    /// nil while the session has no Z.
    public func closing(session id: Int64) throws -> ClosingReport? {
        try read { db in try Self.storedClosing(db, where: "c.session_id = ?", [id]) }
    }

    /// The latest Z made for `till`: the one a volunteer reprints from the till.
    public func lastClosing(till: String) throws -> ClosingReport? {
        try read { db in try Self.storedClosing(db, where: "s.till = ?", [till]) }
    }

    /// Journals a duplicate of session `id`'s Z before it is printed, as a ticket's
    /// reprint is: every copy of a Z that leaves the till is in the books.
    public func recordClosingReprint(session id: Int64, till: String, operatorId: Int64?) throws {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM session_closings WHERE session_id = ?)",
                                    arguments: [id]) == true else {
                throw LedgerError.refused("La session n° \(id) n'a pas de Z : vérifiez le numéro.")
            }
            try self.journal(db, .closingReprinted, till: till, operatorId: operatorId, ClosingReprintPayload(session: id))
        }
    }

    private static func storedClosing(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> ClosingReport? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT c.session_id, c.closed_at, c.journal_seq, c.report, j.payload, s.till, s.opened_at, u.first_name
            FROM session_closings c
            JOIN till_sessions s ON s.id = c.session_id
            JOIN journal j ON j.seq = c.journal_seq
            LEFT JOIN users u ON u.id = c.closed_by
            WHERE \(condition) ORDER BY c.id DESC LIMIT 1
            """, arguments: arguments) else { return nil }
        let session: Int64 = row["session_id"]
        // The row keeps the journaled payload (v9); an older Z has only its journal entry.
        let text: String = (row["report"] as String?) ?? row["payload"]
        guard let p = CanonicalJSON.decode(ClosingPayload.self, from: text) else {
            throw LedgerError.refused("Le Z de la session n° \(session) est illisible : il ne peut pas être réimprimé.")
        }
        var byMethod: [PaymentMethod: Money] = [:]
        for (key, cents) in p.byMethod {
            guard let method = PaymentMethod(rawValue: key) else { throw LedgerError.storage("moyen de paiement inconnu dans le Z n° \(session)") }
            byMethod[method] = Money(cents: cents)
        }
        var byActivity: [Activity: Money] = [:]
        for (key, cents) in p.byActivity {
            guard let activity = Activity(rawValue: key) else { throw LedgerError.storage("activité inconnue dans le Z n° \(session)") }
            byActivity[activity] = Money(cents: cents)
        }
        var pieces: [Int64: Int] = [:]
        for (key, n) in p.pieces { if let cents = Int64(key) { pieces[cents] = n } }
        var report = SessionReport(
            sessionId: session, till: row["till"],
            openedAt: Timestamp.date(row["opened_at"] as String) ?? Date(timeIntervalSince1970: 0),
            float: Money(cents: p.floatCents), sales: Int(p.sales), cancellations: Int(p.cancellations), refunds: Int(p.refunds),
            byMethod: byMethod, byActivity: byActivity, commission: Money(cents: p.commissionCents),
            sellersShare: Money(cents: p.sellersShareCents), cashPayouts: Money(cents: p.cashPayoutsCents),
            otherCashMovements: Money(cents: p.otherCashCents), perpetualTotal: Money(cents: p.perpetualCents))
        report.perpetualSales = p.perpetualSalesCents.map(Money.init(cents:))
        report.perpetualCounterEntries = p.perpetualCounterCents.map(Money.init(cents:))
        return ClosingReport(report: report, count: CashCount(pieces: pieces), counted: Money(cents: p.countedCents),
                             variance: Money(cents: p.varianceCents), comment: p.comment,
                             closedAt: Timestamp.date(row["closed_at"] as String) ?? Date(timeIntervalSince1970: 0),
                             closedBy: row["first_name"] ?? "", journalSeq: row["journal_seq"])
    }
}
