import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// Registers an item the seller leaves in the rented box; it gets the next number of
    /// the rental, which its label carries.
    @discardableResult
    public func registerItem(rental id: Int64, description: String, price: Money, today: CalendarDay,
                             by actor: Int64, till: String) throws -> ConsignedItem {
        let description = description.trimmingCharacters(in: .whitespaces)
        if let problem = ConsignedItem.problem(description: description, price: price) { throw LedgerError.refused(problem) }
        return try write { db in
            try self.checkUser(db, actor)
            return try self.insertItem(db, rental: id, description: description, price: price, today: today, by: actor, till: till)
        }
    }

    /// `registerItem` inside the caller's transaction (a handwritten label's item is
    /// registered by its sale, whose rental was found renting the box that day: `today`
    /// nil); `description` is checked and trimmed.
    func insertItem(_ db: Database, rental id: Int64, description: String, price: Money, today: CalendarDay?,
                    by actor: Int64, till: String) throws -> ConsignedItem {
            guard let rental = try Self.rentalSummary(db, id: id)?.rental else { throw Self.unknownRental(id) }
            if let today, rental.to < today {
                throw LedgerError.refused("La location du box \(rental.boxCode) est finie le \(rental.to.french) : prolongez-la avant d'ajouter des articles.")
            }
            let itemId = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM consigned_items") ?? 1
            let number = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(number), 0) + 1 FROM consigned_items WHERE rental_id = ?",
                                            arguments: [id]) ?? 1
            let stamp = try self.journal(db, .itemRegistered, till: till, operatorId: actor, ItemPayload(
                item: itemId, rental: id, number: number, description: description, priceCents: price.cents))
            try db.execute(sql: """
                INSERT INTO consigned_items (id, rental_id, number, description, price_cents, journal_seq, at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [itemId, id, number, description, price.cents, stamp.seq, stamp.at])
            return ConsignedItem(id: itemId, rentalId: id, number: number, boxCode: rental.boxCode,
                                 description: description, price: price)
    }

    /// The items still in `box` on `day` (its current rental's), for a label file; refused
    /// when the box is unknown or not rented that day.
    public func itemsInBox(_ code: String, on day: CalendarDay) throws -> [ConsignedItem] {
        try read { db in
            guard let box = try Self.box(db, code: code) else {
                throw LedgerError.refused("Il n'y a pas de box « \(code) » : vérifiez le code.")
            }
            guard let id = try Self.rentalId(db, box: box.code, on: day) else {
                throw LedgerError.refused("Le box \(box.code) n'est pas loué le \(day.french) : pas d'étiquettes à faire.")
            }
            return try Row.fetchAll(db, sql: Self.itemSQL + " WHERE i.rental_id = ? ORDER BY i.number", arguments: [id])
                .map(Self.item).filter { $0.status == .inStock }
        }
    }

    /// The rental's items, by number, with where each is now.
    public func items(rental id: Int64) throws -> [ConsignedItem] {
        try read { db in
            try Row.fetchAll(db, sql: Self.itemSQL + " WHERE i.rental_id = ? ORDER BY i.number", arguments: [id]).map(Self.item)
        }
    }

    /// The ticket line for a scanned or typed label, or the French reason it cannot be
    /// sold: not a label of this shop, a wrong check digit, unknown, already sold,
    /// returned or donated.
    public func saleLine(label text: String) throws -> CartLine {
        guard let code = ItemLabelCode(text) else {
            let t = text.uppercased().filter { $0 != " " }
            if t.hasPrefix("V"), t.dropFirst().first?.isNumber == true {
                throw LedgerError.refused("Étiquette « \(text) » : la clé de contrôle est fausse. Retapez le code ou scannez à nouveau.")
            }
            throw LedgerError.refused("« \(text) » n'est pas une étiquette de dépôt de la boutique.")
        }
        return try read { db in
            guard let row = try Row.fetchOne(db, sql: Self.itemSQL + " WHERE i.rental_id = ? AND i.number = ?",
                                             arguments: [code.rental, code.item]) else {
                throw LedgerError.refused("L'étiquette \(code.text) n'est pas enregistrée ici : une étiquette d'une autre boutique ? Mettez l'article de côté.")
            }
            let item = Self.item(row)
            try Self.checkSellable(item)
            return CartLine(code: code.text, label: "\(item.boxCode) \(item.description)", activity: .videGreniers,
                            unitPrice: item.price, rentalId: item.rentalId, itemId: item.id)
        }
    }

    /// The ticket line for an item with a handwritten label, sold as box + price: the
    /// seller is the one renting the box today.
    public func handwrittenLine(box code: String, price: Money, today: CalendarDay) throws -> CartLine {
        guard price.cents > 0 else { throw LedgerError.refused("Prix : un article en dépôt a un prix d'au moins 0,01 €.") }
        return try read { db in
            guard let box = try Self.box(db, code: code) else {
                throw LedgerError.refused("Il n'y a pas de box « \(code) » : vérifiez le code écrit sur l'étiquette.")
            }
            guard let id = try Self.rentalId(db, box: box.code, on: today) else {
                throw LedgerError.refused("Le box \(box.code) n'est pas loué aujourd'hui : à qui est cet article ? Mettez-le de côté.")
            }
            return CartLine(code: nil, label: "\(box.code) étiquette manuscrite", activity: .videGreniers,
                            unitPrice: price, rentalId: id)
        }
    }

    /// Gives an unsold item back to its seller, or to the friperie with its weight.
    public func endItem(id: Int64, donatedGrams: Int?, donated: Bool, by actor: Int64, till: String) throws {
        if donated, let grams = donatedGrams, grams <= 0 {
            throw LedgerError.refused("Poids : tapez le poids de l'article donné, par exemple 0,4 (kg).")
        }
        try write { db in
            try self.checkUser(db, actor)
            guard let row = try Row.fetchOne(db, sql: Self.itemSQL + " WHERE i.id = ?", arguments: [id]) else {
                throw LedgerError.refused("Cet article n'existe pas : rechargez la liste.")
            }
            let item = Self.item(row)
            try Self.checkSellable(item, action: donated ? "donner" : "rendre")
            let kind = donated ? "don" : "rendu"
            let round = try Self.nextRound(db, item: id)
            let grams = donated ? donatedGrams.map(Int64.init) : nil
            let stamp = try self.journal(db, .itemEnded, till: till, operatorId: actor,
                                         ItemEndPayload(item: id, kind: kind, round: round, weightGrams: grams))
            try db.execute(sql: """
                INSERT INTO item_movements (item_id, round, kind, weight_grams, journal_seq, at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [id, round, kind, grams, stamp.seq, stamp.at])
        }
    }

    // MARK: - Inside a transaction

    /// The rental holding `box` on `day`, if any.
    static func rentalId(_ db: Database, box: String, on day: CalendarDay) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT r.id FROM rentals r WHERE r.box_code = ?1 AND r.from_day <= ?2 AND \(rentalEndSQL("r")) >= ?2
            ORDER BY r.from_day DESC LIMIT 1
            """, arguments: [box, day.iso])
    }

    static func checkSellable(_ item: ConsignedItem, action: String = "vendre") throws {
        switch item.status {
        case .inStock: return
        case .sold(let ticket):
            throw LedgerError.refused("L'article \(item.code.text) (« \(item.description) ») est déjà vendu, ticket n° \(ticket) : il ne se vend qu'une fois.")
        case .returned:
            throw LedgerError.refused("L'article \(item.code.text) a été rendu à son déposant : impossible de le \(action).")
        case .donated:
            throw LedgerError.refused("L'article \(item.code.text) a été donné à la friperie : impossible de le \(action).")
        }
    }

    static func nextRound(_ db: Database, item: Int64) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(round), 0) + 1 FROM item_movements WHERE item_id = ?"),
                           arguments: [item]) ?? 1
    }

    /// Item movements a ticket makes: its labelled items sold (or given back by a refund).
    /// The round is computed under the write lock, and the unique index refuses a second
    /// sale of the same round should two tills ever get there.
    func insertTicketItemMovements(_ db: Database, _ payload: TicketPayload, stamp: JournalStamp) throws {
        for line in payload.lines {
            guard let id = line.item else { continue }
            let kind = line.quantity > 0 ? "vente" : "remboursement"
            try db.cachedStatement(sql: """
                INSERT INTO item_movements (item_id, round, kind, weight_grams, journal_seq, at) VALUES (?, ?, ?, NULL, ?, ?)
                """).execute(arguments: [id, try Self.nextRound(db, item: id), kind, stamp.seq, stamp.at])
        }
    }

    /// A sale's handwritten labels (box + price) become items of their box's rental, with
    /// the description the till asked: every object sold for a seller has its line in the
    /// registre des objets mobiliers (C. pén. R321-7). One without a description is refused.
    func registerHandwrittenItems(_ db: Database, _ draft: inout TicketDraft, operatorId: Int64, till: String) throws {
        for i in draft.lines.indices where draft.lines[i].isConsigned && draft.lines[i].itemId == nil {
            let line = draft.lines[i]
            let description = (line.newItemDescription ?? "").trimmingCharacters(in: .whitespaces)
            guard !description.isEmpty else {
                throw LedgerError.refused("La ligne \(i + 1) (« \(line.label) ») : décrivez l'article, le registre des objets mobiliers le demande.")
            }
            guard line.quantity == 1 else {
                throw LedgerError.refused("La ligne \(i + 1) (« \(line.label) ») : un article en dépôt se vend à l'unité.")
            }
            if let problem = ConsignedItem.problem(description: description, price: line.unitPrice) {
                throw LedgerError.refused("La ligne \(i + 1) : " + problem)
            }
            guard let rentalId = line.rentalId else { continue }
            let item = try insertItem(db, rental: rentalId, description: description, price: line.unitPrice, today: nil,
                                      by: operatorId, till: till)
            draft.lines[i].itemId = item.id
            draft.lines[i].code = item.code.text
            draft.lines[i].label = "\(item.boxCode) \(description)"
            draft.lines[i].newItemDescription = nil
        }
    }

    /// The split of each vide-greniers line of a sale at its rental's frozen rate, after
    /// checking that each labelled item is still in its box at its price, and that a rent
    /// line takes no more than the rent due.
    func consignmentSplits(_ db: Database, _ lines: [CartLine]) throws -> [Int64?] {
        var seen = Set<Int64>()
        var rentTaken: [Int64: Money] = [:]
        var debtTaken: [Int64: Money] = [:]
        return try lines.enumerated().map { i, line in
            guard let rentalId = line.rentalId else { return nil }
            guard let summary = try Self.rentalSummary(db, id: rentalId) else { throw Self.unknownRental(rentalId) }
            switch line.activity {
            case .loyer:
                let taken = rentTaken[rentalId, default: .zero] + line.amount
                guard summary.rental.rentPayment == .atTill, taken <= summary.rentDue else {
                    throw LedgerError.refused(summary.rentDue == .zero
                        ? "Le loyer du box \(summary.rental.boxCode) est déjà payé (ou déduit des ventes) : retirez la ligne \(i + 1)."
                        : "Ligne \(i + 1) : le loyer restant dû pour le box \(summary.rental.boxCode) est de \(summary.rentDue.formatted).")
                }
                rentTaken[rentalId] = taken
                return nil
            case .videGreniers:
                guard line.quantity == 1 else {
                    throw LedgerError.refused("La ligne \(i + 1) (« \(line.label) ») : un article en dépôt se vend à l'unité.")
                }
                if let itemId = line.itemId {
                    guard seen.insert(itemId).inserted,
                          let row = try Row.fetchOne(db, sql: Self.itemSQL + " WHERE i.id = ?", arguments: [itemId]) else {
                        throw LedgerError.refused("La ligne \(i + 1) (« \(line.label) ») est en double sur le ticket : retirez-la.")
                    }
                    let item = Self.item(row)
                    try Self.checkSellable(item)
                    guard item.rentalId == rentalId, item.price == line.unitPrice else {
                        throw LedgerError.refused("La ligne \(i + 1) (« \(line.label) ») ne correspond plus à son étiquette : retirez-la et scannez à nouveau.")
                    }
                } else if line.unitPrice.cents <= 0 {
                    throw LedgerError.refused("La ligne \(i + 1) : un article en dépôt a un prix d'au moins 0,01 €.")
                }
                return CommissionSplit(price: line.amount, rateBasisPoints: summary.rental.rateBasisPoints).commission.cents
            case .detteDeposant:
                // Never more than the seller owes, over all the debt lines of the ticket.
                let seller = summary.rental.sellerId
                let owed = SellerDebt.owed(balance: try Self.sellerBalance(db, seller: seller, before: nil))
                let taken = debtTaken[seller, default: .zero] + line.amount
                guard line.quantity == 1, line.amount.cents > 0, taken <= owed else {
                    throw LedgerError.refused(owed == .zero
                        ? "Ligne \(i + 1) : \(summary.sellerName) ne doit rien à la boutique : retirez la ligne."
                        : "Ligne \(i + 1) : \(summary.sellerName) doit \(owed.formatted), pas plus.")
                }
                debtTaken[seller] = taken
                return nil
            default:
                throw LedgerError.refused("La ligne \(i + 1) (« \(line.label) ») renvoie à une location mais n'est ni un dépôt ni un loyer.")
            }
        }
    }

    static let itemSQL = itemColumns + itemFrom
    static let itemFrom = " FROM consigned_items i JOIN rentals r ON r.id = i.rental_id"
    static let itemColumns = """
        SELECT i.id, i.rental_id, i.number, i.description, i.price_cents, r.box_code,
               (SELECT m.kind || ':' || COALESCE(m.weight_grams, '') || ':' || COALESCE(
                    (SELECT t.number FROM ticket_lines l JOIN tickets t ON t.id = l.ticket_id
                     WHERE l.item_id = i.id AND l.journal_seq = m.journal_seq LIMIT 1), '')
                FROM item_movements m WHERE m.item_id = i.id ORDER BY m.round DESC LIMIT 1) AS last_move
        """

    static func item(_ row: Row) -> ConsignedItem {
        let parts = ((row["last_move"] as String?) ?? "").split(separator: ":", omittingEmptySubsequences: false)
        let status: ConsignedItem.Status
        switch parts.first {
        case "vente"?: status = .sold(ticket: parts.count > 2 ? Int64(parts[2]) ?? 0 : 0)
        case "rendu"?: status = .returned
        case "don"?: status = .donated(grams: parts.count > 1 ? Int(parts[1]) : nil)
        default: status = .inStock
        }
        return ConsignedItem(id: row["id"], rentalId: row["rental_id"], number: row["number"], boxCode: row["box_code"],
                             description: row["description"], price: Money(cents: row["price_cents"]), status: status)
    }
}
