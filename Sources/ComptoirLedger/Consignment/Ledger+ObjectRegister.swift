import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// The items deposited from `from` to `to` (shop days, both included), in order of
    /// deposit, with their sale (the latest one not given back) or how they left.
    public func objectRegister(from: CalendarDay, to: CalendarDay) throws -> [ObjectRegisterEntry] {
        guard from <= to else {
            throw LedgerError.refused("Période : le début (\(from.french)) est après la fin (\(to.french)).")
        }
        return try read { db in try Self.objectRegister(db, from: from, to: to, timeZone: self.timeZone) }
    }

    /// `objectRegister` inside a read (the sealed archive's snapshot).
    static func objectRegister(_ db: Database, from: CalendarDay, to: CalendarDay, timeZone: TimeZone) throws -> [ObjectRegisterEntry] {
        let start = Timestamp.string(millis: Timestamp.millis(from.start(in: timeZone)))
        let end = Timestamp.string(millis: Timestamp.millis(to.adding(days: 1).start(in: timeZone)))
        do {
            let methods = try Row.fetchAll(db, sql: """
                SELECT i.id AS item, t.at, group_concat(p.method, ' + ') AS methods
                FROM consigned_items i
                JOIN item_movements m ON m.item_id = i.id AND m.round = (SELECT MAX(round) FROM item_movements WHERE item_id = i.id)
                JOIN ticket_lines l ON l.item_id = i.id AND l.journal_seq = m.journal_seq
                JOIN tickets t ON t.id = l.ticket_id
                JOIN payments p ON p.ticket_id = t.id
                WHERE m.kind = 'vente' AND i.at >= ?1 AND i.at < ?2
                GROUP BY i.id
                """, arguments: [start, end])
            var sales: [Int64: (String, String)] = [:]
            for row in methods { sales[row["item"]] = (row["at"], row["methods"]) }
            var sellers: [Int64: Seller] = [:]
            return try Row.fetchAll(db, sql: Self.itemColumns + ", r.seller_id, i.at AS deposited" + Self.itemFrom
                + " WHERE i.at >= ?1 AND i.at < ?2 ORDER BY i.id", arguments: [start, end]).map { row in
                let item = Self.item(row)
                let sellerId: Int64 = row["seller_id"]
                if sellers[sellerId] == nil { sellers[sellerId] = try Self.seller(db, id: sellerId) }
                let sale = sales[item.id]
                let outcome: String?
                switch item.status {
                case .returned: outcome = "rendu au déposant"
                case .donated: outcome = "donné à la friperie"
                default: outcome = nil
                }
                return ObjectRegisterEntry(
                    order: item.id, depositedAt: Timestamp.date(row["deposited"] as String) ?? Date(timeIntervalSince1970: 0),
                    item: item.code, boxCode: item.boxCode, description: item.description, price: item.price,
                    seller: sellers[sellerId] ?? Seller(lastName: "?", firstName: "?", document: .identityCard, documentNumber: "?"),
                    soldAt: sale.flatMap { Timestamp.date($0.0) },
                    payment: sale.map { $0.1.split(separator: " + ").map { PaymentMethod(rawValue: String($0))?.label ?? String($0) }
                        .joined(separator: " + ") },
                    outcome: outcome)
            }
        }
    }
}
