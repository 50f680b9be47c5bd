import GRDB

/// The vide-greniers rows against the journal. Sellers and boxes may be corrected: their
/// entries are replayed and the result compared with the tables. Rentals, their changes,
/// items, the ends of unsold items and payouts are insert-only: each row must be exactly
/// its entry, and each entry must have its row. Items, the many ones, are walked in step
/// with the journal through a cursor, so that memory does not grow with years of
/// deposits. (An item sold or refunded is checked with its ticket, by `Verifier`; a cash
/// payout's drawer movement too.)
struct ConsignmentReplay {
    private struct ItemRow {
        var seq: Int64, payload: ItemPayload

        static let sql = """
            SELECT journal_seq, id, rental_id, number, description, price_cents FROM consigned_items ORDER BY journal_seq
            """

        init(_ s: SQLiteStatement) {
            typealias C = VerifyRows.Column
            seq = C.int(s, 0)
            payload = ItemPayload(item: C.int(s, 1), rental: C.int(s, 2), number: C.int(s, 3), description: C.text(s, 4),
                                  priceCents: C.int(s, 5))
        }
    }

    private var itemRows: VerifyRows.Lookahead<ItemRow>

    init(_ db: Database) throws {
        itemRows = try VerifyRows.Lookahead(db, sql: ItemRow.sql, ItemRow.init)
    }

    private var sellers: [Int64: (SellerPayload, seq: Int64)] = [:]
    private var boxes: [String: (BoxPayload, seq: Int64)] = [:]
    private var rentals: [Int64: RentalPayload] = [:]
    private var changes: [Int64: RentalChangePayload] = [:]
    private var ends: [Int64: ItemEndPayload] = [:]
    private var payouts: [Int64: PayoutPayload] = [:]

    /// Takes in one entry; nil when it is not a vide-greniers one or fits, else the reason.
    /// `handled` tells the caller the kind was one of these.
    mutating func record(kind: String, seq: Int64, payload: String, handled: inout Bool) throws -> String? {
        handled = true
        func decode<T: Decodable>(_ type: T.Type) -> T? { CanonicalJSON.decode(type, from: payload) }
        switch JournalKind(rawValue: kind) {
        case .sellerCreated?, .sellerChanged?:
            guard let p = decode(SellerPayload.self) else { return Self.unreadable }
            if (sellers[p.seller] == nil) != (kind == JournalKind.sellerCreated.rawValue) {
                return "le déposant n° \(p.seller) est inscrit deux fois, ou modifié sans avoir été inscrit"
            }
            sellers[p.seller] = (p, seq)
        case .boxCreated?, .boxChanged?:
            guard let p = decode(BoxPayload.self) else { return Self.unreadable }
            if (boxes[p.box] == nil) != (kind == JournalKind.boxCreated.rawValue) {
                return "le box « \(p.box) » est créé deux fois, ou modifié sans avoir été créé"
            }
            boxes[p.box] = (p, seq)
        case .rentalSigned?:
            guard let p = decode(RentalPayload.self) else { return Self.unreadable }
            rentals[seq] = p
        case .rentalChanged?:
            guard let p = decode(RentalChangePayload.self) else { return Self.unreadable }
            changes[seq] = p
        case .itemRegistered?:
            guard let p = decode(ItemPayload.self) else { return Self.unreadable }
            guard let row = itemRows.current, row.seq == seq else {
                return "l'article en dépôt n° \(p.item) manque dans la table des articles"
            }
            guard row.payload == p else { return "un article en dépôt ne correspond pas au journal" }
            try itemRows.advance()
        case .itemEnded?:
            guard let p = decode(ItemEndPayload.self) else { return Self.unreadable }
            ends[seq] = p
        case .payoutMade?:
            guard let p = decode(PayoutPayload.self) else { return Self.unreadable }
            payouts[seq] = p
        default:
            handled = false
        }
        return nil
    }

    private static let unreadable = "le contenu de l'entrée est illisible"

    /// An item row that claims entry `seq` (or an earlier one) although no entry made it.
    func strayItem(through seq: Int64) -> String? {
        guard let row = itemRows.current, row.seq <= seq else { return nil }
        return "un article en dépôt (n° \(row.payload.item)) est rattaché à cette entrée, qui ne l'enregistre pas"
    }

    func check(_ db: Database) throws -> VerifyProblem? {
        if let row = itemRows.current {
            return VerifyProblem(seq: row.seq, kind: "entrée absente",
                                 reason: "un article en dépôt (n° \(row.payload.item)) renvoie à une entrée qui n'est pas dans le journal")
        }
        var seen = Set<Int64>()
        for row in try Row.fetchAll(db, sql: "SELECT id, last_name, first_name, document, document_number FROM sellers") {
            let id: Int64 = row["id"]
            seen.insert(id)
            guard let (expected, seq) = sellers[id] else {
                return unjournaled("le déposant n° \(id) n'a été inscrit par aucune entrée du journal")
            }
            let actual = SellerPayload(seller: id, lastName: row["last_name"], firstName: row["first_name"],
                                       document: row["document"], documentNumber: row["document_number"])
            guard actual == expected else {
                return VerifyProblem(seq: seq, kind: "déposant", reason: "le déposant n° \(id) ne correspond pas au journal (identité ou pièce d'identité)")
            }
        }
        if let (id, item) = sellers.first(where: { !seen.contains($0.key) }) {
            return VerifyProblem(seq: item.seq, kind: "déposant", reason: "le déposant n° \(id) manque dans le fichier des déposants")
        }
        var codes = Set<String>()
        for row in try Row.fetchAll(db, sql: "SELECT code, size, weekly_rent_cents, monthly_rent_cents FROM boxes") {
            let code: String = row["code"]
            codes.insert(code)
            guard let (expected, seq) = boxes[code] else {
                return unjournaled("le box « \(code) » n'a été créé par aucune entrée du journal")
            }
            guard BoxPayload(box: code, size: row["size"], weeklyRentCents: row["weekly_rent_cents"],
                             monthlyRentCents: row["monthly_rent_cents"]) == expected else {
                return VerifyProblem(seq: seq, kind: "box", reason: "le box « \(code) » ne correspond pas au journal")
            }
        }
        if let (code, item) = boxes.first(where: { !codes.contains($0.key) }) {
            return VerifyProblem(seq: item.seq, kind: "box", reason: "le box « \(code) » manque dans la table des boxes")
        }
        return try insertOnly(db)
    }

    private func insertOnly(_ db: Database) throws -> VerifyProblem? {
        if let problem = try compare(db, sql: """
            SELECT journal_seq, id, seller_id, box_code, from_day, to_day, rate_bp, rent_cents, rent_payment FROM rentals
            """, entries: rentals, what: "une location", make: { row in
                RentalPayload(rental: row["id"], seller: row["seller_id"], box: row["box_code"], from: row["from_day"],
                              to: row["to_day"], rateBasisPoints: row["rate_bp"], rentCents: row["rent_cents"],
                              rentPayment: row["rent_payment"])
            }) { return problem }
        if let problem = try compare(db, sql: "SELECT journal_seq, rental_id, kind, to_day, rent_cents FROM rental_changes",
                                     entries: changes, what: "une prolongation ou fin de location", make: { row in
            RentalChangePayload(rental: row["rental_id"], kind: row["kind"], to: row["to_day"], rentCents: row["rent_cents"])
        }) { return problem }
        if let problem = try compare(db, sql: """
            SELECT journal_seq, item_id, kind, round, weight_grams FROM item_movements WHERE kind IN ('rendu', 'don')
            """, entries: ends, what: "un article rendu ou donné", make: { row in
                ItemEndPayload(item: row["item_id"], kind: row["kind"], round: row["round"], weightGrams: row["weight_grams"])
            }) { return problem }
        return try compare(db, sql: "SELECT journal_seq, id, seller_id, amount_cents, method, session_id, authorized_by FROM payouts",
                           entries: payouts, what: "un reversement", make: { row in
            PayoutPayload(payout: row["id"], seller: row["seller_id"], amountCents: row["amount_cents"], method: row["method"],
                          session: row["session_id"], authorizedBy: row["authorized_by"])
        })
    }

    /// Each row (first column: its entry's seq) must be its entry's payload; each entry
    /// must have its row.
    private func compare<T: Equatable>(_ db: Database, sql: String, entries: [Int64: T], what: String,
                                       make: (Row) -> T) throws -> VerifyProblem? {
        var seen = Set<Int64>()
        for row in try Row.fetchAll(db, sql: sql) {
            let seq: Int64 = row[0]
            guard let expected = entries[seq], make(row) == expected else {
                return VerifyProblem(seq: seq, kind: "vide-greniers", reason: "\(what) ne correspond pas au journal")
            }
            seen.insert(seq)
        }
        if seen.count != entries.count, let seq = entries.keys.filter({ !seen.contains($0) }).min() {
            return VerifyProblem(seq: seq, kind: "vide-greniers", reason: "\(what) du journal manque dans sa table")
        }
        return nil
    }

    private func unjournaled(_ reason: String) -> VerifyProblem {
        VerifyProblem(seq: 0, kind: "entrée absente", reason: reason)
    }
}
