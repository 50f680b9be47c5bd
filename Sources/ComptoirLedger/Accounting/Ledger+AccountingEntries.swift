import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// The books of a calendar year.
    public func accountingEntries(year: Int, plan: AccountPlan = AccountPlan()) throws -> [AccountingEntry] {
        try accountingEntries(from: CalendarDay(year: year, month: 1, day: 1), through: CalendarDay(year: year, month: 12, day: 31),
                              plan: plan)
    }

    /// The books from `first` through `last` (a fiscal year or any period), from what was
    /// closed and written: one entry per Z (takings by payment method against sales by
    /// activity, the sellers' share owed to them, cash paid out, drops, the variance), then
    /// each payout by transfer and each rent taken from a seller's sales. Every entry
    /// balances. Each posting on the sellers' account names its seller (auxiliary account).
    /// Sessions without a Z are not in the books yet.
    public func accountingEntries(from first: CalendarDay, through last: CalendarDay,
                                  plan: AccountPlan = AccountPlan()) throws -> [AccountingEntry] {
        let start = Timestamp.start(of: first, in: timeZone)
        let end = Timestamp.start(of: last.adding(days: 1), in: timeZone)
        let day = { (at: String) in Timestamp.date(at).map { CalendarDay($0, in: self.timeZone) } ?? first }
        let period = "du \(first.french) au \(last.french)"
        return try read { db in
            var entries: [(String, AccountingEntry)] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT c.closed_at, c.report, s.till FROM session_closings c JOIN till_sessions s ON s.id = c.session_id
                WHERE c.closed_at >= ? AND c.closed_at < ? AND c.report IS NOT NULL ORDER BY c.id
                """, arguments: [start, end]) {
                guard let z = CanonicalJSON.decode(ClosingPayload.self, from: row["report"]) else {
                    throw LedgerError.storage("un Z illisible \(period)")
                }
                let at: String = row["closed_at"]
                var entry = AccountingEntry(journal: "CA", date: day(at), piece: "Z\(z.session)",
                                            label: "Z session \(z.session) \(row["till"] as String)")
                let sellers = try Self.sellersOfSession(db, z.session)
                for method in PaymentMethod.allCases {
                    guard let cents = z.byMethod[method.rawValue], let account = plan.methods[method] else { continue }
                    entry.post(account, Money(cents: cents))
                }
                for activity in Activity.allCases {
                    // A seller's debt paid at the till settles their account: no sale, no commission.
                    if activity == .detteDeposant {
                        if let cents = z.byActivity[activity.rawValue] {
                            Self.postBySeller(&entry, plan.sellers, total: -cents, split: sellers.map { ($0.account, -$0.debt) })
                        }
                        continue
                    }
                    guard var cents = z.byActivity[activity.rawValue], let account = plan.sales[activity] else { continue }
                    if activity == .videGreniers {
                        entry.post(plan.commission, Money(cents: -z.commissionCents))
                        Self.postBySeller(&entry, plan.sellers, total: -z.sellersShareCents,
                                          split: sellers.map { ($0.account, -$0.share) })
                        cents -= z.commissionCents + z.sellersShareCents  // the shop's own vide-greniers items
                    }
                    entry.post(account, Money(cents: -cents))
                }
                let cash = plan.methods[.cash] ?? "530000"
                if z.cashPayoutsCents != 0 {
                    Self.postBySeller(&entry, plan.sellers, total: z.cashPayoutsCents, split: sellers.map { ($0.account, $0.paidOut) })
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
                SELECT p.id, p.at, p.amount_cents, s.id AS seller_id, s.last_name, s.first_name FROM payouts p JOIN sellers s ON s.id = p.seller_id
                WHERE p.method = 'virement' AND p.at >= ? AND p.at < ?
                """, arguments: [start, end]) {
                var entry = AccountingEntry(journal: "OD", date: day(row["at"]), piece: "REV\(row["id"] as Int64)",
                                            label: "Reversement \(row["first_name"] as String) \(row["last_name"] as String)")
                entry.post(plan.sellers, Money(cents: row["amount_cents"]), auxiliary: Self.sellerAccount(row))
                entry.post(plan.bank, Money(cents: -(row["amount_cents"] as Int64)))
                entries.append((row["at"], entry))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT 'LOY' || r.id AS piece, r.at, r.rent_cents AS cents, r.box_code, s.id AS seller_id, s.last_name, s.first_name
                FROM rentals r JOIN sellers s ON s.id = r.seller_id
                WHERE r.rent_payment = 'deduit' AND r.rent_cents > 0 AND r.at >= ?1 AND r.at < ?2
                UNION ALL
                SELECT 'LOY' || r.id || '-' || c.id, c.at, c.rent_cents, r.box_code, s.id, s.last_name, s.first_name
                FROM rental_changes c JOIN rentals r ON r.id = c.rental_id JOIN sellers s ON s.id = r.seller_id
                WHERE r.rent_payment = 'deduit' AND c.rent_cents > 0 AND c.at >= ?1 AND c.at < ?2
                """, arguments: [start, end]) {
                var entry = AccountingEntry(journal: "OD", date: day(row["at"]), piece: row["piece"],
                                            label: "Loyer box \(row["box_code"] as String) déduit des ventes")
                entry.post(plan.sellers, Money(cents: row["cents"]), auxiliary: Self.sellerAccount(row))
                entry.post(plan.sales[.loyer] ?? "708300", Money(cents: -(row["cents"] as Int64)))
                entries.append((row["at"], entry))
            }
            return entries.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// What a session's Z owes or paid each seller: their share of the items sold, the debt
    /// they paid at the till, the cash paid out to them. Read from the same insert-only
    /// rows the Z was computed from.
    private static func sellersOfSession(_ db: Database, _ session: Int64) throws
        -> [(account: AuxiliaryAccount, share: Int64, debt: Int64, paidOut: Int64)] {
        var bySeller: [Int64: (account: AuxiliaryAccount, share: Int64, debt: Int64, paidOut: Int64)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT s.id AS seller_id, s.last_name, s.first_name,
                   SUM(CASE WHEN l.activity = 'vide_greniers' THEN l.amount_cents - l.commission_cents ELSE 0 END) AS share,
                   SUM(CASE WHEN l.activity = 'dette_deposant' THEN l.amount_cents ELSE 0 END) AS debt
            FROM ticket_lines l JOIN tickets t ON t.id = l.ticket_id JOIN rentals r ON r.id = l.rental_id
            JOIN sellers s ON s.id = r.seller_id
            WHERE t.session_id = ? AND l.rental_id IS NOT NULL GROUP BY s.id
            """, arguments: [session]) {
            bySeller[row["seller_id"]] = (sellerAccount(row), row["share"] ?? 0, row["debt"] ?? 0, 0)
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT s.id AS seller_id, s.last_name, s.first_name, SUM(p.amount_cents) AS cents
            FROM payouts p JOIN sellers s ON s.id = p.seller_id
            WHERE p.session_id = ? AND p.method = 'especes' GROUP BY s.id
            """, arguments: [session]) {
            let id: Int64 = row["seller_id"]
            bySeller[id, default: (sellerAccount(row), 0, 0, 0)].paidOut += row["cents"] ?? 0
        }
        return bySeller.sorted { $0.key < $1.key }.map(\.value)
    }

    private static func sellerAccount(_ row: Row) -> AuxiliaryAccount {
        AuxiliaryAccount.seller(id: row["seller_id"], firstName: row["first_name"], lastName: row["last_name"])
    }

    /// The Z's figure on the sellers' account, one line per seller; what the sellers'
    /// lines do not explain (none, unless a row was lost) stays on one line without a seller.
    private static func postBySeller(_ entry: inout AccountingEntry, _ account: String, total: Int64,
                                      split: [(AuxiliaryAccount, Int64)]) {
        var rest = total
        for (seller, cents) in split where cents != 0 {
            entry.post(account, Money(cents: cents), auxiliary: seller)
            rest -= cents
        }
        entry.post(account, Money(cents: rest))
    }
}
