import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// The books of a year, from what was closed and written: one entry per Z (takings by
    /// payment method against sales by activity, the sellers' share owed to them, cash paid
    /// out, drops, the variance), then each payout by transfer and each rent taken from a
    /// seller's sales. Every entry balances. Sessions without a Z are not in the books yet.
    public func accountingEntries(year: Int, plan: AccountPlan = AccountPlan()) throws -> [AccountingEntry] {
        let first = CalendarDay(year: year, month: 1, day: 1), next = CalendarDay(year: year + 1, month: 1, day: 1)
        let start = Timestamp.start(of: first, in: timeZone)
        let end = Timestamp.start(of: next, in: timeZone)
        let day = { (at: String) in Timestamp.date(at).map { CalendarDay($0, in: self.timeZone) } ?? first }
        return try read { db in
            var entries: [(String, AccountingEntry)] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT c.closed_at, c.report, s.till FROM session_closings c JOIN till_sessions s ON s.id = c.session_id
                WHERE c.closed_at >= ? AND c.closed_at < ? AND c.report IS NOT NULL ORDER BY c.id
                """, arguments: [start, end]) {
                guard let z = CanonicalJSON.decode(ClosingPayload.self, from: row["report"]) else {
                    throw LedgerError.storage("un Z illisible en \(year)")
                }
                let at: String = row["closed_at"]
                var entry = AccountingEntry(journal: "CA", date: day(at), piece: "Z\(z.session)",
                                            label: "Z session \(z.session) \(row["till"] as String)")
                for method in PaymentMethod.allCases {
                    guard let cents = z.byMethod[method.rawValue], let account = plan.methods[method] else { continue }
                    entry.post(account, Money(cents: cents))
                }
                for activity in Activity.allCases {
                    // A seller's debt paid at the till settles their account: no sale, no commission.
                    if activity == .detteDeposant {
                        if let cents = z.byActivity[activity.rawValue] { entry.post(plan.sellers, Money(cents: -cents)) }
                        continue
                    }
                    guard var cents = z.byActivity[activity.rawValue], let account = plan.sales[activity] else { continue }
                    if activity == .videGreniers {
                        entry.post(plan.commission, Money(cents: -z.commissionCents))
                        entry.post(plan.sellers, Money(cents: -z.sellersShareCents))
                        cents -= z.commissionCents + z.sellersShareCents  // the shop's own vide-greniers items
                    }
                    entry.post(account, Money(cents: -cents))
                }
                let cash = plan.methods[.cash] ?? "530000"
                if z.cashPayoutsCents != 0 {
                    entry.post(plan.sellers, Money(cents: z.cashPayoutsCents))
                    entry.post(cash, Money(cents: -z.cashPayoutsCents))
                }
                if z.otherCashCents != 0 {
                    entry.post(plan.drops, Money(cents: -z.otherCashCents))
                    entry.post(cash, Money(cents: z.otherCashCents))
                }
                if z.varianceCents != 0 {
                    entry.post(cash, Money(cents: z.varianceCents))
                    entry.post(z.varianceCents < 0 ? plan.shortfall : plan.surplus, Money(cents: -z.varianceCents))
                }
                entries.append((at, entry))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT p.id, p.at, p.amount_cents, s.last_name, s.first_name FROM payouts p JOIN sellers s ON s.id = p.seller_id
                WHERE p.method = 'virement' AND p.at >= ? AND p.at < ?
                """, arguments: [start, end]) {
                var entry = AccountingEntry(journal: "OD", date: day(row["at"]), piece: "REV\(row["id"] as Int64)",
                                            label: "Reversement \(row["first_name"] as String) \(row["last_name"] as String)")
                entry.post(plan.sellers, Money(cents: row["amount_cents"]))
                entry.post(plan.bank, Money(cents: -(row["amount_cents"] as Int64)))
                entries.append((row["at"], entry))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT 'LOY' || r.id AS piece, r.at, r.rent_cents AS cents, r.box_code FROM rentals r
                WHERE r.rent_payment = 'deduit' AND r.rent_cents > 0 AND r.at >= ?1 AND r.at < ?2
                UNION ALL
                SELECT 'LOY' || r.id || '-' || c.id, c.at, c.rent_cents, r.box_code FROM rental_changes c JOIN rentals r ON r.id = c.rental_id
                WHERE r.rent_payment = 'deduit' AND c.rent_cents > 0 AND c.at >= ?1 AND c.at < ?2
                """, arguments: [start, end]) {
                var entry = AccountingEntry(journal: "OD", date: day(row["at"]), piece: row["piece"],
                                            label: "Loyer box \(row["box_code"] as String) déduit des ventes")
                entry.post(plan.sellers, Money(cents: row["cents"]))
                entry.post(plan.sales[.loyer] ?? "708300", Money(cents: -(row["cents"] as Int64)))
                entries.append((row["at"], entry))
            }
            return entries.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }
}
