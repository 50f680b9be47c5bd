import ComptoirCore
import Foundation
import GRDB

/// `report year` without decoding each of the year's Z's (about 900 for three tills):
/// the year's closing when it is made; otherwise the closings of its closed months (each
/// checked by `verify` against its Z's) and the Z's of the months not closed. The same
/// figures as the roll-up of its Z's, which the year's closing still makes.
extension Ledger {
    static func yearSummary(_ db: Database, timeZone: TimeZone, _ year: String, first: CalendarDay,
                            afterLast: CalendarDay) throws -> PeriodClosingPayload {
        if let text = try String.fetchOne(db, sql: "SELECT report FROM period_closings WHERE kind = 'annee' AND period = ?",
                                          arguments: [year]),
           var closed = CanonicalJSON.decode(PeriodClosingPayload.self, from: text), closed.perpetualSalesCents != nil {
            closed.closedBy = 0
            return closed
        }
        var months: [String: PeriodClosingPayload] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT period, report FROM period_closings WHERE kind = 'mois' AND period >= ? AND period <= ?
            """, arguments: ["\(year)-01", "\(year)-12"]) {
            guard let p = CanonicalJSON.decode(PeriodClosingPayload.self, from: row["report"] as String) else {
                throw LedgerError.storage("une clôture mensuelle illisible en \(year)")
            }
            months[row["period"]] = p
        }
        var sum = PeriodClosingPayload(kind: PeriodReport.Kind.year.rawValue, period: year, closedBy: 0, sessions: [], sales: 0,
                                       cancellations: 0, refunds: 0, byMethod: [:], byActivity: [:], commissionCents: 0,
                                       sellersShareCents: 0, countedCents: 0, varianceCents: 0, totalCents: 0, perpetualCents: 0)
        var month = first
        while month < afterLast {
            let next = month.adding(months: 1)
            let part = try months[month.isoMonth]
                ?? periodPayload(db, timeZone: timeZone, .month, month.isoMonth, first: month, afterLast: next,
                                 closedBy: 0, refuseOpen: false)
            sum.add(part)
            month = next
        }
        // The perpetual totals: the year's last Z (by when it was made), as a roll-up gives them.
        let start = Timestamp.start(of: first, in: timeZone)
        let last = try String.fetchOne(db, sql: """
            SELECT c.report FROM session_closings c JOIN till_sessions s ON s.id = c.session_id
            WHERE s.opened_at >= ? AND s.opened_at < ? AND c.report IS NOT NULL ORDER BY c.id DESC LIMIT 1
            """, arguments: [start, Timestamp.start(of: afterLast, in: timeZone)])
            .flatMap { CanonicalJSON.decode(ClosingPayload.self, from: $0) }
        try setPerpetual(db, &sum, from: try last ?? latestZ(db, before: start))
        return sum
    }
}

extension PeriodClosingPayload {
    /// Adds a part of the period (a month of a year): every sum, and its Z's.
    mutating func add(_ part: PeriodClosingPayload) {
        sessions += part.sessions
        sales += part.sales
        cancellations += part.cancellations
        refunds += part.refunds
        for (k, v) in part.byMethod { byMethod[k, default: 0] += v }
        for (k, v) in part.byActivity { byActivity[k, default: 0] += v }
        commissionCents += part.commissionCents
        sellersShareCents += part.sellersShareCents
        countedCents += part.countedCents
        varianceCents += part.varianceCents
        totalCents += part.totalCents
    }
}
