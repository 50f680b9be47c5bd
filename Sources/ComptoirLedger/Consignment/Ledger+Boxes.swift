import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// Creates a box or changes its size and rents (a responsable's matter). Rentals
    /// already signed keep the rent they were signed with.
    public func saveBox(_ box: Box, by actor: Int64, till: String) throws {
        if let problem = box.problem { throw LedgerError.refused(problem) }
        var box = box
        box.code = box.code.trimmingCharacters(in: .whitespaces).uppercased()
        box.size = box.size.trimmingCharacters(in: .whitespaces)
        try write { db in
            try self.checkActor(db, actor)
            let exists = try BoxRecord.exists(db, key: box.code)
            try self.journal(db, exists ? .boxChanged : .boxCreated, till: till, operatorId: actor, BoxPayload(
                box: box.code, size: box.size, weeklyRentCents: box.weeklyRent.cents, monthlyRentCents: box.monthlyRent.cents))
            if exists { try BoxRecord(box).update(db) } else { try BoxRecord(box).insert(db) }
        }
    }

    public func boxes() throws -> [Box] {
        try read { db in try BoxRecord.order(BoxRecord.Columns.code).fetchAll(db).map(\.box) }
    }

    public func box(code: String) throws -> Box? {
        try read { db in try Self.box(db, code: code) }
    }

    /// Every box with its state on `today`: free, rented, ending within three days, or
    /// ended with items still in it; from the latest rental that began by `today`.
    public func boxBoard(today: CalendarDay) throws -> [BoxBoardEntry] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT b.*, r.id AS rental_id, r.seller_id, r.from_day, s.first_name, s.last_name,
                       \(Self.rentalEndSQL("r")) AS until,
                       (SELECT COUNT(*) FROM consigned_items i WHERE i.rental_id = r.id AND \(Self.itemInBoxSQL("i"))) AS in_box
                FROM boxes b
                LEFT JOIN rentals r ON r.id = (
                    SELECT id FROM rentals WHERE box_code = b.code AND from_day <= ?1 ORDER BY from_day DESC, id DESC LIMIT 1)
                LEFT JOIN sellers s ON s.id = r.seller_id
                ORDER BY b.code
                """, arguments: [today.iso]).map { row in
                let until = (row["until"] as String?).flatMap(CalendarDay.init)
                let from = (row["from_day"] as String?).flatMap(CalendarDay.init)
                let inBox: Int = row["in_box"] ?? 0
                let state = BoxBoardEntry.state(until: until, from: from, itemsInBox: inBox, today: today)
                let first: String? = row["first_name"], last: String? = row["last_name"]
                let seller: Int64? = row["seller_id"]
                let balance = try seller.map { try Self.sellerBalance(db, seller: $0, before: nil) } ?? .zero
                return BoxBoardEntry(
                    box: BoxRecord(row: row).box, state: state, rentalId: state == .free ? nil : row["rental_id"],
                    sellerId: state == .free ? nil : row["seller_id"],
                    sellerName: state == .free ? nil : [first, last].compactMap { $0 }.joined(separator: " "),
                    until: state == .free ? nil : until, itemsInBox: state == .free ? 0 : inBox,
                    sellerBalance: state == .free ? .zero : balance)
            }
        }
    }

    static func box(_ db: Database, code: String) throws -> Box? {
        try BoxRecord.fetchOne(db, key: code.trimmingCharacters(in: .whitespaces).uppercased())?.box
    }
}
