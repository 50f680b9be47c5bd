import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// Signs a rental: the seller takes the box for the period, at the commission rate
    /// the rental carries (frozen from then on). Refused when the box is already rented on
    /// one of those days. Rent deducted from the sales counts against the seller's balance
    /// at once; rent paid at the till is a ticket line (`RentalSummary.rentLine`).
    @discardableResult
    public func signRental(_ rental: Rental, by actor: Int64, till: String) throws -> RentalSummary {
        if let problem = rental.problem { throw LedgerError.refused(problem) }
        return try write { db in
            try self.checkUser(db, actor)
            guard let seller = try Self.seller(db, id: rental.sellerId) else { throw Self.unknownSeller(rental.sellerId) }
            if let problem = seller.registreProblem { throw LedgerError.refused(problem) }
            guard let box = try Self.box(db, code: rental.boxCode) else {
                throw LedgerError.refused("Il n'y a pas de box « \(rental.boxCode) » : vérifiez le code.")
            }
            try Self.checkFree(db, box: box.code, from: rental.from, to: rental.to, except: nil)
            var rental = rental
            rental.boxCode = box.code
            rental.id = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM rentals") ?? 1
            let stamp = try self.journal(db, .rentalSigned, till: till, operatorId: actor, RentalPayload(
                rental: rental.id, seller: seller.id, box: box.code, from: rental.from.iso, to: rental.to.iso,
                rateBasisPoints: Int64(rental.rateBasisPoints), rentCents: rental.rent.cents,
                rentPayment: rental.rentPayment.rawValue))
            try db.execute(sql: """
                INSERT INTO rentals (id, seller_id, box_code, from_day, to_day, rate_bp, rent_cents, rent_payment, journal_seq, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [rental.id, seller.id, box.code, rental.from.iso, rental.to.iso, rental.rateBasisPoints,
                                 rental.rent.cents, rental.rentPayment.rawValue, stamp.seq, stamp.at])
            return try Self.rentalSummary(db, id: rental.id)!
        }
    }

    /// Extends the rental to `to`, for `rent` more (paid as the rental says).
    @discardableResult
    public func extendRental(id: Int64, to: CalendarDay, rent: Money, by actor: Int64, till: String) throws -> RentalSummary {
        guard !rent.isNegative else { throw LedgerError.refused("Loyer : un loyer ne peut pas être négatif.") }
        return try write { db in
            try self.checkUser(db, actor)
            guard let current = try Self.rentalSummary(db, id: id) else { throw Self.unknownRental(id) }
            guard to > current.rental.to else {
                throw LedgerError.refused("La nouvelle fin (\(to.french)) doit être après la fin actuelle (\(current.rental.to.french)).")
            }
            try Self.checkFree(db, box: current.rental.boxCode, from: current.rental.to.adding(days: 1), to: to, except: id)
            try self.insertRentalChange(db, id: id, kind: "prolongation", to: to, rent: rent, by: actor, till: till)
            return try Self.rentalSummary(db, id: id)!
        }
    }

    /// Ends the rental before its term: it ends yesterday, and the box is free today for
    /// another rental. Unsold items are then returned or donated (`endItem`).
    @discardableResult
    public func endRentalEarly(id: Int64, today: CalendarDay, by actor: Int64, till: String) throws -> RentalSummary {
        try write { db in
            try self.checkUser(db, actor)
            guard let current = try Self.rentalSummary(db, id: id) else { throw Self.unknownRental(id) }
            guard current.rental.to >= today else {
                throw LedgerError.refused("La location \(current.title) est déjà finie.")
            }
            try self.insertRentalChange(db, id: id, kind: "fin", to: today.adding(days: -1), rent: .zero, by: actor, till: till)
            return try Self.rentalSummary(db, id: id)!
        }
    }

    public func rental(id: Int64) throws -> RentalSummary? {
        try read { db in try Self.rentalSummary(db, id: id) }
    }

    /// The seller's rentals, latest first.
    public func rentals(seller: Int64) throws -> [RentalSummary] {
        try read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM rentals WHERE seller_id = ? ORDER BY from_day DESC, id DESC",
                               arguments: [seller]).compactMap { try Self.rentalSummary(db, id: $0) }
        }
    }

    // MARK: - Inside a transaction

    private func insertRentalChange(
        _ db: Database, id: Int64, kind: String, to: CalendarDay, rent: Money, by actor: Int64, till: String
    ) throws {
        let stamp = try journal(db, .rentalChanged, till: till, operatorId: actor,
                                RentalChangePayload(rental: id, kind: kind, to: to.iso, rentCents: rent.cents))
        try db.execute(sql: """
            INSERT INTO rental_changes (rental_id, kind, to_day, rent_cents, journal_seq, at) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [id, kind, to.iso, rent.cents, stamp.seq, stamp.at])
    }

    /// Refused when another rental holds `box` on a day from `from` to `to`.
    static func checkFree(_ db: Database, box: String, from: CalendarDay, to: CalendarDay, except: Int64?) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT r.from_day, \(rentalEndSQL("r")) AS until, s.first_name, s.last_name
            FROM rentals r JOIN sellers s ON s.id = r.seller_id
            WHERE r.box_code = ? AND r.id IS NOT ? AND r.from_day <= ? AND \(rentalEndSQL("r")) >= ?
              AND \(rentalEndSQL("r")) >= r.from_day
            ORDER BY r.from_day LIMIT 1
            """, arguments: [box, except, to.iso, from.iso]) else { return }
        let f = CalendarDay(row["from_day"] as String)?.french ?? "?", u = CalendarDay(row["until"] as String)?.french ?? "?"
        throw LedgerError.refused("Le box \(box) est déjà loué du \(f) au \(u) (\(row["first_name"] as String) \(row["last_name"] as String)) : choisissez d'autres dates ou un autre box.")
    }

    /// The current end of rental `alias`: its latest change, else its signature.
    static func rentalEndSQL(_ alias: String) -> String {
        "COALESCE((SELECT c.to_day FROM rental_changes c WHERE c.rental_id = \(alias).id ORDER BY c.id DESC LIMIT 1), \(alias).to_day)"
    }

    /// True for item `alias` still in its box: never moved, or back from a refund.
    static func itemInBoxSQL(_ alias: String) -> String {
        "COALESCE((SELECT m.kind FROM item_movements m WHERE m.item_id = \(alias).id ORDER BY m.round DESC LIMIT 1), 'remboursement') = 'remboursement'"
    }

    static func rentalSummary(_ db: Database, id: Int64) throws -> RentalSummary? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT r.*, \(rentalEndSQL("r")) AS until, s.first_name, s.last_name,
                   r.rent_cents + (SELECT COALESCE(SUM(c.rent_cents), 0) FROM rental_changes c WHERE c.rental_id = r.id) AS rent,
                   (SELECT COALESCE(SUM(l.amount_cents), 0) FROM ticket_lines l
                    WHERE l.rental_id = r.id AND l.activity = 'loyer') AS paid,
                   (SELECT COUNT(*) FROM consigned_items i WHERE i.rental_id = r.id) AS items,
                   (SELECT COUNT(*) FROM consigned_items i WHERE i.rental_id = r.id AND \(itemInBoxSQL("i"))) AS in_box
            FROM rentals r JOIN sellers s ON s.id = r.seller_id WHERE r.id = ?
            """), arguments: [id]) else { return nil }
        let from = CalendarDay(row["from_day"] as String) ?? CalendarDay(year: 1970, month: 1, day: 1)
        let rental = Rental(
            id: row["id"], sellerId: row["seller_id"], boxCode: row["box_code"], from: from,
            to: CalendarDay(row["until"] as String) ?? from, rateBasisPoints: row["rate_bp"],
            rent: Money(cents: row["rent"]),
            rentPayment: Rental.RentPayment(rawValue: row["rent_payment"]) ?? .atTill)
        return RentalSummary(rental: rental, sellerName: "\(row["first_name"] as String) \(row["last_name"] as String)",
                             rentPaidAtTill: Money(cents: row["paid"]), itemCount: row["items"], itemsInBox: row["in_box"])
    }

    static func unknownRental(_ id: Int64) -> LedgerError {
        .refused("Il n'y a pas de location n° \(id) : vérifiez l'étiquette ou le numéro.")
    }
}
