import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// The X of a session: its figures now, whether it is open or closed. Changes nothing.
    public func sessionReport(session id: Int64) throws -> SessionReport {
        try read { db in
            let last = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(number), 0) FROM tickets") ?? 0
            return try Self.sessionReport(db, session: id, upToTicket: last, closingsBefore: nil, timeZone: self.timeZone)
        }
    }

    /// The figures of session `id`, with the perpetual totals: the latest Z's (among
    /// closings before `closingsBefore`, or all) plus this session's tickets, so that they
    /// are the running sum of the Z's grand totals. `legacyPerpetual` recomputes a Z made
    /// when the perpetual total was every ticket numbered up to `upToTicket`. Sums read by index.
    static func sessionReport(_ db: Database, session id: Int64, upToTicket last: Int64,
                              closingsBefore: Int64?, timeZone zone: TimeZone, legacyPerpetual: Bool = false) throws -> SessionReport {
        guard let session = try Row.fetchOne(db, sql: "SELECT till, opened_at, float_cents FROM till_sessions WHERE id = ?",
                                             arguments: [id]) else {
            throw LedgerError.refused("Il n'y a pas de session de caisse n° \(id).")
        }
        var counts: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT kind, COUNT(*) AS n FROM tickets WHERE session_id = ? GROUP BY kind",
                                    arguments: [id]) {
            counts[row["kind"]] = row["n"]
        }
        var byMethod: [PaymentMethod: Money] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT p.method, SUM(p.amount_cents) AS cents FROM payments p JOIN tickets t ON t.id = p.ticket_id
            WHERE t.session_id = ? GROUP BY p.method
            """, arguments: [id]) {
            guard let method = PaymentMethod(rawValue: row["method"]) else {
                throw LedgerError.storage("moyen de paiement inconnu dans la session n° \(id)")
            }
            byMethod[method] = Money(cents: row["cents"])
        }
        var byActivity: [Activity: Money] = [:]
        var commission: Int64 = 0, share: Int64 = 0
        for row in try Row.fetchAll(db, sql: """
            SELECT l.activity, SUM(l.amount_cents) AS cents,
                   SUM(CASE WHEN l.rental_id IS NOT NULL AND l.activity = 'vide_greniers' THEN l.commission_cents ELSE 0 END) AS commission,
                   SUM(CASE WHEN l.rental_id IS NOT NULL AND l.activity = 'vide_greniers'
                            THEN l.amount_cents - l.commission_cents ELSE 0 END) AS share
            FROM ticket_lines l JOIN tickets t ON t.id = l.ticket_id
            WHERE t.session_id = ? GROUP BY l.activity
            """, arguments: [id]) {
            guard let activity = Activity(rawValue: row["activity"]) else {
                throw LedgerError.storage("activité inconnue dans la session n° \(id)")
            }
            byActivity[activity] = Money(cents: row["cents"])
            commission += row["commission"] ?? 0
            share += row["share"] ?? 0
        }
        let payouts = try Int64.fetchOne(db, sql: """
            SELECT COALESCE(SUM(amount_cents), 0) FROM cash_movements WHERE session_id = ? AND kind = 'payout'
            """, arguments: [id]) ?? 0
        let other = try Int64.fetchOne(db, sql: """
            SELECT COALESCE(SUM(amount_cents), 0) FROM cash_movements WHERE session_id = ? AND kind NOT IN ('float', 'payout')
            """, arguments: [id]) ?? 0
        let perpetual = try perpetualTotals(db, session: id, upToTicket: last, closingsBefore: closingsBefore, legacy: legacyPerpetual)
        var byHour: [Int: Money] = [:]
        // A cursor: a session's tickets are not all held at once.
        let tickets = try Row.fetchCursor(db, sql: "SELECT at, total_cents FROM tickets WHERE session_id = ?", arguments: [id])
        while let row = try tickets.next() {
            guard let at = Timestamp.date(row["at"] as String) else { continue }
            let local = Int64(at.timeIntervalSince1970.rounded(.down)) + Int64(zone.secondsFromGMT(for: at))
            let hour = Int(((local % 86_400) + 86_400) % 86_400 / 3_600)
            byHour[hour, default: .zero] += Money(cents: row["total_cents"])
        }
        var report = SessionReport(
            sessionId: id, till: session["till"],
            openedAt: Timestamp.date(session["opened_at"] as String) ?? Date(timeIntervalSince1970: 0),
            float: Money(cents: session["float_cents"]), sales: counts["sale"] ?? 0,
            cancellations: counts["cancellation"] ?? 0, refunds: counts["refund"] ?? 0,
            byMethod: byMethod, byActivity: byActivity, commission: Money(cents: commission),
            sellersShare: Money(cents: share), cashPayouts: Money(cents: -payouts), otherCashMovements: Money(cents: other),
            perpetualTotal: Money(cents: perpetual.signed))
        report.perpetualSales = Money(cents: perpetual.sales)
        report.perpetualCounterEntries = Money(cents: perpetual.counter)
        report.byHour = byHour
        return report
    }

    /// The perpetual totals after session `id`: the latest Z's (among closings before
    /// `closingsBefore`, or all) plus the session's own tickets, signed and in absolute
    /// values apart (sales, counter-entries). A Z from before the absolute totals has only
    /// the signed one: those are then summed over the tickets it covered, once. `legacy`:
    /// the rule of those older Z's, every ticket numbered after the previous Z's last one
    /// up to `last` (other tills' tickets included).
    static func perpetualTotals(_ db: Database, session id: Int64, upToTicket last: Int64, closingsBefore: Int64?,
                                legacy: Bool) throws -> (signed: Int64, sales: Int64, counter: Int64) {
        let previous = try String.fetchOne(db, sql: """
            SELECT report FROM session_closings WHERE id < ? AND report IS NOT NULL ORDER BY id DESC LIMIT 1
            """, arguments: [closingsBefore ?? Int64.max]).flatMap { CanonicalJSON.decode(ClosingPayload.self, from: $0) }
        if legacy {
            let base = previous.flatMap { $0.lastTicket <= last ? $0 : nil }
            let since = try ticketSums(db, "number > ? AND number <= ?", [base?.lastTicket ?? 0, last])
            return ((base?.perpetualCents ?? 0) + since.signed, 0, 0)
        }
        var base: (signed: Int64, sales: Int64, counter: Int64) = (0, 0, 0)
        if let previous {
            if let sales = previous.perpetualSalesCents, let counter = previous.perpetualCounterCents {
                base = (previous.perpetualCents, sales, counter)
            } else {
                let covered = try ticketSums(db, "number <= ?", [previous.lastTicket])
                base = (previous.perpetualCents, covered.sales, covered.counter)
            }
        }
        let own = try ticketSums(db, "session_id = ?", [id])
        return (base.signed + own.signed, base.sales + own.sales, base.counter + own.counter)
    }

    /// The tickets `condition` selects: signed total, positive totals, negative ones as positive.
    static func ticketSums(_ db: Database, _ condition: String, _ arguments: [Int64]) throws -> (signed: Int64, sales: Int64, counter: Int64) {
        let row = try Row.fetchOne(db, sql: """
            SELECT COALESCE(SUM(total_cents), 0) AS signed,
                   COALESCE(SUM(CASE WHEN total_cents > 0 THEN total_cents ELSE 0 END), 0) AS sales,
                   COALESCE(SUM(CASE WHEN total_cents < 0 THEN -total_cents ELSE 0 END), 0) AS counter
            FROM tickets WHERE \(condition)
            """, arguments: StatementArguments(arguments))
        return (row?["signed"] ?? 0, row?["sales"] ?? 0, row?["counter"] ?? 0)
    }
}
