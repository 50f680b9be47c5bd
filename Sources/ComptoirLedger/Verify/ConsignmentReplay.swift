import GRDB

/// The vide-greniers rows against the journal. Sellers and boxes may be corrected: their
/// entries are replayed and the result compared with the tables. Rentals, their changes,
/// items and payouts are insert-only: each row must be exactly its entry (time and till
/// included), take the next id, and each entry must have its row. Items, the many ones,
/// are walked in step with the journal through a cursor, so that memory does not grow
/// with years of deposits. (Item movements are checked by `Verifier`, with the ticket or
/// the entry that made them; a cash payout's drawer movement too.)
struct ConsignmentReplay {
    private struct ItemRow: VerifyRows.Row {
        var seq: Int64, at: String, payload: ItemPayload
        static let table = "consigned_items"
        var id: Int64 { payload.item }
        var journalSeq: Int64 { seq }

        static let sql = """
            SELECT journal_seq, id, rental_id, number, description, price_cents, at FROM consigned_items ORDER BY journal_seq
            """

        init(_ s: SQLiteStatement) {
            typealias C = VerifyRows.Column
            seq = C.int(s, 0)
            payload = ItemPayload(item: C.int(s, 1), rental: C.int(s, 2), number: C.int(s, 3), description: C.text(s, 4),
                                  priceCents: C.int(s, 5))
            at = C.text(s, 6)
        }
    }

    /// An insert-only row's entry: what it says, when and at which till.
    private struct Entry<Payload> {
        var payload: Payload, at: String, till: String
    }

    private var itemRows: VerifyRows.Lookahead<ItemRow>

    init(_ db: Database) throws {
        itemRows = try VerifyRows.Lookahead<ItemRow>(db)
    }

    private var sellers: [Int64: (SellerPayload, seq: Int64)] = [:]
    private var boxes: [String: (BoxPayload, seq: Int64)] = [:]
    private var rentals: [Int64: Entry<RentalPayload>] = [:]
    private var changes: [Int64: Entry<RentalChangePayload>] = [:]
    private var payouts: [Int64: Entry<PayoutPayload>] = [:]

    /// Takes in one vide-greniers entry; nil when it fits, else the reason.
    mutating func record(kind: JournalKind, seq: Int64, at: String, till: String, payload: String) throws -> String? {
        func decode<T: Decodable>(_ type: T.Type) -> T? { CanonicalJSON.decode(type, from: payload) }
        switch kind {
        case .sellerCreated, .sellerChanged, .sellerPseudonymized:
            guard var p = decode(SellerPayload.self) else { return Self.unreadable }
            if (sellers[p.seller] == nil) != (kind == .sellerCreated) {
                return "le déposant n° \(p.seller) est inscrit deux fois, ou modifié sans avoir été inscrit"
            }
            // Bank details change only with a responsable named in the entry (the upgrade's
            // snapshot of migration v12 only restates them).
            let ibanChanged = p.iban != sellers[p.seller]?.0.iban
            // A pseudonymisation drops the IBAN with the rest, by the retention rule.
            if ibanChanged != (p.authorizedBy != nil) && till != Migrations.upgradeTill
                && !(kind == .sellerPseudonymized && p.iban == nil && p.authorizedBy == nil) {
                return ibanChanged ? "l'IBAN du déposant n° \(p.seller) change sans l'accord d'un responsable"
                                   : "l'entrée du déposant n° \(p.seller) nomme un responsable sans changer son IBAN"
            }
            p.authorizedBy = nil
            sellers[p.seller] = (p, seq)
        case .boxCreated, .boxChanged:
            guard let p = decode(BoxPayload.self) else { return Self.unreadable }
            if (boxes[p.box] == nil) != (kind == .boxCreated) {
                return "le box « \(p.box) » est créé deux fois, ou modifié sans avoir été créé"
            }
            boxes[p.box] = (p, seq)
        case .rentalSigned:
            guard let p = decode(RentalPayload.self) else { return Self.unreadable }
            rentals[seq] = Entry(payload: p, at: at, till: till)
        case .rentalChanged:
            guard let p = decode(RentalChangePayload.self) else { return Self.unreadable }
            changes[seq] = Entry(payload: p, at: at, till: till)
        case .itemRegistered:
            guard let p = decode(ItemPayload.self) else { return Self.unreadable }
            guard let row = itemRows.current, row.seq == seq else {
                return "l'article en dépôt n° \(p.item) manque dans la table des articles"
            }
            guard row.payload == p, row.at == at else { return "un article en dépôt ne correspond pas au journal" }
            try itemRows.advance()
        case .payoutMade:
            guard let p = decode(PayoutPayload.self) else { return Self.unreadable }
            payouts[seq] = Entry(payload: p, at: at, till: till)
        default:
            break
        }
        return nil
    }

    /// The kinds `record` takes (payouts aside, checked with their drawer movement) and the
    /// table each one's rows are in.
    static let tables: [JournalKind: String] = [
        .sellerCreated: "sellers", .sellerChanged: "sellers", .sellerPseudonymized: "sellers", .boxCreated: "boxes", .boxChanged: "boxes",
        .rentalSigned: "rentals", .rentalChanged: "rental_changes", .itemRegistered: "consigned_items",
    ]

    private static let unreadable = "le contenu de l'entrée est illisible"

    /// An item row that claims entry `seq` (or an earlier one) although no entry made it.
    func strayItem(through seq: Int64) -> String? {
        guard let row = itemRows.current, row.seq <= seq else { return nil }
        return "un article en dépôt (n° \(row.payload.item)) est rattaché à cette entrée, qui ne l'enregistre pas"
    }

    func check(_ db: Database, digestKey: KeyedDigest) throws -> VerifyProblem? {
        if let row = itemRows.current {
            return VerifyProblem(seq: row.seq, kind: "entrée absente", table: "consigned_items",
                                 reason: "un article en dépôt (n° \(row.payload.item)) renvoie à une entrée qui n'est pas dans le journal")
        }
        var seen = Set<Int64>()
        for row in try Row.fetchAll(db, sql: """
            SELECT id, last_name, first_name, document, document_number, iban, address, document_issued_on, document_authority
            FROM sellers
            """) {
            let id = row.safeInt("id") ?? Int64.min
            seen.insert(id)
            guard let (expected, seq) = sellers[id] else {
                return unjournaled("le déposant n° \(id) n'a été inscrit par aucune entrée du journal", table: "sellers")
            }
            let (last, first, number) = (row.safeText("last_name") ?? "", row.safeText("first_name") ?? "",
                                         row.safeText("document_number") ?? "")
            // An entry from before the digests holds the names themselves.
            let legacy = expected.person == nil
            let actual = SellerPayload(seller: id, lastName: legacy ? last : nil, firstName: legacy ? first : nil,
                                       document: row.safeText("document") ?? "", documentNumber: legacy ? number : nil,
                                       person: legacy ? nil : digestKey.sellerPerson(lastName: last, firstName: first, documentNumber: number),
                                       iban: digestKey.iban(row.safeText("iban")),
                                       identity: digestKey.sellerIdentity(address: row.safeText("address") ?? "",
                                                                          issuedOn: row.safeText("document_issued_on"),
                                                                          authority: row.safeText("document_authority") ?? ""))
            guard actual == expected else {
                let what = actual.iban != expected.iban ? "son IBAN"
                    : actual.identity != expected.identity ? "domicile, date ou autorité de délivrance de sa pièce"
                    : "identité ou pièce d'identité"
                return VerifyProblem(seq: seq, kind: "déposant", reason: "le déposant n° \(id) ne correspond pas au journal (\(what))",
                                     table: "sellers")
            }
        }
        if let (id, item) = sellers.first(where: { !seen.contains($0.key) }) {
            return VerifyProblem(seq: item.seq, kind: "déposant", reason: "le déposant n° \(id) manque dans le fichier des déposants",
                                 table: "sellers")
        }
        var codes = Set<String>()
        for row in try Row.fetchAll(db, sql: "SELECT code, size, weekly_rent_cents, monthly_rent_cents FROM boxes") {
            let code = row.safeText("code") ?? "NULL"
            codes.insert(code)
            guard let (expected, seq) = boxes[code] else {
                return unjournaled("le box « \(code) » n'a été créé par aucune entrée du journal", table: "boxes")
            }
            guard BoxPayload(box: code, size: row.safeText("size") ?? "", weeklyRentCents: row.safeInt("weekly_rent_cents") ?? Int64.min,
                             monthlyRentCents: row.safeInt("monthly_rent_cents") ?? Int64.min) == expected else {
                return VerifyProblem(seq: seq, kind: "box", reason: "le box « \(code) » ne correspond pas au journal", table: "boxes")
            }
        }
        if let (code, item) = boxes.first(where: { !codes.contains($0.key) }) {
            return VerifyProblem(seq: item.seq, kind: "box", reason: "le box « \(code) » manque dans la table des boxes", table: "boxes")
        }
        return try insertOnly(db, digestKey: digestKey)
    }

    private func insertOnly(_ db: Database, digestKey: KeyedDigest) throws -> VerifyProblem? {
        if let problem = try compare(db, table: "rentals", sql: """
            SELECT journal_seq, id, seller_id, box_code, from_day, to_day, rate_bp, rent_cents, rent_payment, at FROM rentals
            """, entries: rentals, what: "une location", make: { row in
                RentalPayload(rental: row.safeInt("id") ?? Int64.min, seller: row.safeInt("seller_id") ?? Int64.min,
                              box: row.safeText("box_code") ?? "", from: row.safeText("from_day") ?? "",
                              to: row.safeText("to_day") ?? "", rateBasisPoints: row.safeInt("rate_bp") ?? Int64.min,
                              rentCents: row.safeInt("rent_cents") ?? Int64.min, rentPayment: row.safeText("rent_payment") ?? "")
            }) { return problem }
        if let problem = try compare(db, table: "rental_changes", sql: """
            SELECT journal_seq, id, rental_id, kind, to_day, rent_cents, at FROM rental_changes
            """, entries: changes, what: "une prolongation ou fin de location", make: { row in
                RentalChangePayload(rental: row.safeInt("rental_id") ?? Int64.min, kind: row.safeText("kind") ?? "",
                                    to: row.safeText("to_day") ?? "", rentCents: row.safeInt("rent_cents") ?? Int64.min)
            }) { return problem }
        return try compare(db, table: "payouts", sql: """
            SELECT journal_seq, id, seller_id, amount_cents, method, session_id, authorized_by, iban, till, at FROM payouts
            """, entries: payouts, what: "un reversement", tillColumn: true, make: { row in
                PayoutPayload(payout: row.safeInt("id") ?? Int64.min, seller: row.safeInt("seller_id") ?? Int64.min,
                              amountCents: row.safeInt("amount_cents") ?? Int64.min, method: row.safeText("method") ?? "",
                              session: row.safeInt("session_id"), authorizedBy: row.safeInt("authorized_by") ?? Int64.min,
                              iban: digestKey.iban(row.safeText("iban")))
            })
    }

    /// Each row, in journal order, must be its entry's payload, made at its entry's time
    /// (and till), with the next id; each entry must have its row.
    private func compare<T: Equatable>(_ db: Database, table: String, sql: String, entries: [Int64: Entry<T>], what: String,
                                       tillColumn: Bool = false, make: (Row) -> T) throws -> VerifyProblem? {
        var count: Int64 = 0
        for row in try Row.fetchAll(db, sql: sql + " ORDER BY journal_seq") {
            let seq = row.safeInt("journal_seq") ?? Int64.min
            count += 1
            guard let expected = entries[seq], make(row) == expected.payload, row.safeText("at") == expected.at,
                  !tillColumn || row.safeText("till") == expected.till else {
                return VerifyProblem(seq: seq, kind: "vide-greniers", reason: "\(what) ne correspond pas au journal", table: table)
            }
            guard row.safeInt("id") == count else {
                return VerifyProblem(seq: seq, kind: "vide-greniers", table: table,
                                     reason: "\(what) porte l'identifiant interne \(row.safeInt("id") ?? 0) au lieu de \(count)")
            }
        }
        if count != Int64(entries.count) {
            let present = Set(try Row.fetchAll(db, sql: "SELECT journal_seq FROM \(table)").map { $0.safeInt("journal_seq") })
            if let first = entries.keys.filter({ !present.contains($0) }).min() {
                return VerifyProblem(seq: first, kind: "vide-greniers", reason: "\(what) du journal manque dans sa table", table: table)
            }
        }
        return nil
    }

    private func unjournaled(_ reason: String, table: String) -> VerifyProblem {
        VerifyProblem(seq: 0, kind: "entrée absente", reason: reason, table: table)
    }
}
