import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// The seller's statement from `from` to `to` (shop days, both included).
    public func sellerStatement(seller id: Int64, from: CalendarDay, to: CalendarDay) throws -> SellerStatement {
        guard from <= to else {
            throw LedgerError.refused("Période : le début (\(from.french)) est après la fin (\(to.french)).")
        }
        let start = Timestamp.string(millis: Timestamp.millis(from.start(in: timeZone)))
        let end = Timestamp.string(millis: Timestamp.millis(to.adding(days: 1).start(in: timeZone)))
        return try read { db in
            guard let seller = try Self.seller(db, id: id) else { throw Self.unknownSeller(id) }
            let sales = try Row.fetchAll(db, sql: """
                SELECT t.at, t.number, r.box_code, r.id AS rental, i.number AS item, l.label, i.description,
                       l.amount_cents, COALESCE(l.commission_cents, 0) AS commission
                FROM rentals r JOIN ticket_lines l ON l.rental_id = r.id JOIN tickets t ON t.id = l.ticket_id
                LEFT JOIN consigned_items i ON i.id = l.item_id
                WHERE r.seller_id = ?1 AND l.activity = 'vide_greniers' AND t.at >= ?2 AND t.at < ?3
                ORDER BY t.at, l.position
                """, arguments: [id, start, end]).map { row -> SellerStatement.Sale in
                let amount: Int64 = row["amount_cents"], commission: Int64 = row["commission"]
                let item: Int64? = row["item"]
                return SellerStatement.Sale(
                    at: Timestamp.date(row["at"] as String) ?? from.start(in: self.timeZone), ticket: row["number"],
                    boxCode: row["box_code"], item: item.map { ItemLabelCode(rental: row["rental"], item: $0) },
                    description: row["description"] ?? row["label"], price: Money(cents: amount),
                    split: CommissionSplit(commission: Money(cents: commission), share: Money(cents: amount - commission)))
            }
            let rent = try Row.fetchAll(db, sql: """
                SELECT at, box_code, rent_cents FROM rentals WHERE seller_id = ?1 AND rent_payment = 'deduit' AND at >= ?2 AND at < ?3
                UNION ALL
                SELECT c.at, r.box_code, c.rent_cents FROM rental_changes c JOIN rentals r ON r.id = c.rental_id
                WHERE r.seller_id = ?1 AND r.rent_payment = 'deduit' AND c.rent_cents > 0 AND c.at >= ?2 AND c.at < ?3
                ORDER BY 1
                """, arguments: [id, start, end]).map {
                SellerStatement.RentDeduction(at: Timestamp.date($0["at"] as String) ?? from.start(in: self.timeZone),
                                              boxCode: $0["box_code"], amount: Money(cents: $0["rent_cents"]))
            }
            let payouts = try Row.fetchAll(db, sql: """
                SELECT p.*, u.first_name FROM payouts p JOIN users u ON u.id = p.authorized_by
                WHERE p.seller_id = ?1 AND p.at >= ?2 AND p.at < ?3 ORDER BY p.at
                """, arguments: [id, start, end]).map(Self.payout)
            var statement = SellerStatement(seller: seller, from: from, to: to, sales: sales, rentDeducted: rent, payouts: payouts,
                                            openingBalance: try Self.sellerBalance(db, seller: id, before: start))
            statement.debtPaid = try Row.fetchAll(db, sql: """
                SELECT t.at, r.box_code, l.amount_cents
                FROM rentals r JOIN ticket_lines l ON l.rental_id = r.id JOIN tickets t ON t.id = l.ticket_id
                WHERE r.seller_id = ?1 AND l.activity = 'dette_deposant' AND t.at >= ?2 AND t.at < ?3
                ORDER BY t.at, l.position
                """, arguments: [id, start, end]).map {
                SellerStatement.RentDeduction(at: Timestamp.date($0["at"] as String) ?? from.start(in: self.timeZone),
                                              boxCode: $0["box_code"], amount: Money(cents: $0["amount_cents"]))
            }
            return statement
        }
    }
}
