import GRDB
import GRDBSQLite

/// The table rows `verify` reads, copied out of their cursors, and a one-row lookahead
/// over each cursor so that the tables can be walked in step with the journal.
enum VerifyRows {
    /// A journal entry, all its columns.
    struct Entry {
        static let table = "journal"
        var seq: Int64, at: String, till: String, operatorId: Int64?, kind: String, payload: String
        var prevHash: String, hash: String

        static let sql = """
            SELECT seq, at, till, operator_id, kind, payload, prev_hash, hash FROM journal ORDER BY seq
            """
    }

    struct Ticket {
        static let table = "tickets"
        var id: Int64, number: Int64, kind: String, originalTicketId: Int64?, sessionId: Int64
        var till: String, operatorId: Int64, at: String, totalCents: Int64, journalSeq: Int64
        var reason: String?, authorizedBy: Int64?, household: Int64?, householdPersons: Int64?

        static let sql = """
            SELECT id, number, kind, original_ticket_id, session_id, till, operator_id, at,
                   total_cents, journal_seq, reason, authorized_by, household, household_persons
            FROM tickets ORDER BY journal_seq
            """
    }

    struct Line: Equatable {
        static let table = "ticket_lines"
        var id: Int64 = 0
        var ticketId: Int64, position: Int64, code: String?, label: String, activity: String
        var unitPriceCents: Int64, quantity: Int64, amountCents: Int64, journalSeq: Int64
        var originalPosition: Int64?, marketUnitCents: Int64?, weightGrams: Int64?
        var rentalId: Int64?, itemId: Int64?, commissionCents: Int64?
        /// Not a column: recomputed by `verify` from the stock movements before this line.
        var stockAfter: Int64? = nil

        static let sql = """
            SELECT ticket_id, position, code, label, activity, unit_price_cents, quantity,
                   amount_cents, journal_seq, original_position, market_unit_cents, weight_grams,
                   rental_id, item_id, commission_cents, id
            FROM ticket_lines ORDER BY ticket_id, position
            """

        var payload: TicketPayload.Line {
            .init(activity: activity, amountCents: amountCents, code: code, commissionCents: commissionCents, item: itemId,
                  label: label, marketUnitCents: marketUnitCents, originalLine: originalPosition, quantity: quantity,
                  rental: rentalId, stockAfter: stockAfter, unitPriceCents: unitPriceCents, weightGrams: weightGrams)
        }
    }

    struct Payment: Equatable {
        static let table = "payments"
        var id: Int64 = 0
        var ticketId: Int64, position: Int64, method: String, amountCents: Int64
        var givenCents: Int64, changeCents: Int64, journalSeq: Int64, reference: String?

        static let sql = """
            SELECT ticket_id, position, method, amount_cents, given_cents, change_cents, journal_seq, reference, id
            FROM payments ORDER BY ticket_id, position
            """

        var payload: TicketPayload.PaymentEntry {
            .init(amountCents: amountCents, changeCents: changeCents, givenCents: givenCents, method: method,
                  reference: reference)
        }
    }

    /// Stock movements, all kinds, in rowid order, which is the journal's (rows are only
    /// ever inserted): a sale's under its ticket's entry, an arrival or correction under its own.
    struct StockMovement {
        static let table = "stock_movements"
        var id: Int64, journalSeq: Int64, product: String, kind: String, quantity: Int64
        var weightGrams: Int64?, reason: String?, at: String
        /// The product's stock after this movement: the running sum of its quantities.
        var balanceAfter: Int64

        static let sql = """
            SELECT id, journal_seq, product_code, kind, quantity, weight_grams, reason, at, balance_after
            FROM stock_movements ORDER BY id
            """
    }

    /// Movements of labelled items, all kinds, in rowid (journal) order: sold or refunded
    /// under a ticket's entry, given back or donated under their own.
    struct ItemMovement {
        static let table = "item_movements"
        var id: Int64, item: Int64, round: Int64, kind: String, weightGrams: Int64?, journalSeq: Int64, at: String

        static let sql = """
            SELECT id, item_id, round, kind, weight_grams, journal_seq, at FROM item_movements ORDER BY id
            """
    }

    struct Closing {
        static let table = "session_closings"
        var id: Int64, sessionId: Int64, closedAt: String, closedBy: Int64, journalSeq: Int64
        var countedCents: Int64?, report: String?

        static let sql = """
            SELECT id, session_id, closed_at, closed_by, journal_seq, counted_cents, report
            FROM session_closings ORDER BY journal_seq
            """
    }

    struct FriperieFlow {
        static let table = "friperie_flows"
        var id: Int64, direction: String, family: String, grams: Int64, origin: String?, destination: String?, party: String
        var journalSeq: Int64, at: String

        static let sql = """
            SELECT id, direction, family, grams, origin, destination, party, journal_seq, at FROM friperie_flows ORDER BY journal_seq
            """
    }

    struct PeriodClosing {
        static let table = "period_closings"
        var id: Int64, kind: String, period: String, closedAt: String, closedBy: Int64, journalSeq: Int64, report: String

        static let sql = """
            SELECT id, kind, period, closed_at, closed_by, journal_seq, report FROM period_closings ORDER BY journal_seq
            """
    }

    struct Session {
        static let table = "till_sessions"
        var id: Int64, till: String, openedAt: String, openedBy: Int64, floatCents: Int64, journalSeq: Int64

        static let sql = """
            SELECT id, till, opened_at, opened_by, float_cents, journal_seq
            FROM till_sessions ORDER BY journal_seq
            """
    }

    struct CashMovement {
        static let table = "cash_movements"
        var id: Int64, sessionId: Int64, kind: String, amountCents: Int64, journalSeq: Int64, at: String

        static let sql = """
            SELECT id, session_id, kind, amount_cents, journal_seq, at
            FROM cash_movements ORDER BY journal_seq, id
            """
    }

    /// A cursor with its next row already read (and copied), to peek before consuming.
    /// Columns are read straight from the SQLite statement: `verify` reads millions of
    /// them, and going through `Row` cost a third of its time.
    ///
    /// The table's rows are only ever inserted, in journal order, each taking the next
    /// rowid: the k-th row consumed must have id k. A surrogate id changed, two swapped, a
    /// row deleted and another copied all break that.
    struct Lookahead<Element: Row> {
        private let source: Source
        private(set) var current: Element?
        private var consumed: Int64 = 0

        /// Read here, or on a reader of their own (`RowPrefetch`).
        private enum Source {
            case cursor(Statement, RowCursor)
            case prefetched(RowPrefetch<Element>)
        }

        init(_ db: Database) throws {
            let statement = try db.makeStatement(sql: Element.sql)
            source = .cursor(statement, try GRDB.Row.fetchCursor(statement))
            current = try Self.read(source)
        }

        init(_ prefetch: RowPrefetch<Element>) throws {
            source = .prefetched(prefetch)
            current = try Self.read(source)
        }

        private static func read(_ source: Source) throws -> Element? {
            switch source {
            case let .cursor(statement, cursor): return try cursor.next() == nil ? nil : Element(statement.sqliteStatement)
            case let .prefetched(prefetch): return try prefetch.next()
            }
        }

        /// Consumes the current row (checking its id) and reads the next one.
        mutating func advance() throws {
            if let row = current {
                consumed += 1
                if row.id != consumed {
                    throw VerifyFailure(VerifyProblem(
                        seq: row.journalSeq, kind: "", table: Element.table,
                        reason: "la ligne n° \(consumed) de la table \(Element.table) porte l'identifiant interne \(row.id) : des lignes ont été supprimées, copiées, échangées ou renumérotées"))
                }
            }
            current = try Self.read(source)
        }
    }

    /// A row walked in step with the journal: read from its statement by position.
    protocol Row {
        static var sql: String { get }
        static var table: String { get }
        init(_ s: SQLiteStatement)
        /// The row's id, 1, 2, 3… in journal order.
        var id: Int64 { get }
        var journalSeq: Int64 { get }
    }

    /// Column readers that never trap: a tampered table may hold NULL or the wrong type
    /// anywhere, and must then fail the comparison, not crash `verify`. Straight on the C
    /// API: `verify` reads millions of columns, and a `DatabaseValue` for each cost a fifth
    /// of its time.
    enum Column {
        /// A text in an integer column is not read as a number (SQLite would give 0).
        static func int(_ s: SQLiteStatement, _ i: CInt) -> Int64 {
            sqlite3_column_type(s, i) == SQLITE_INTEGER ? sqlite3_column_int64(s, i) : Int64.min
        }

        static func optionalInt(_ s: SQLiteStatement, _ i: CInt) -> Int64? {
            switch sqlite3_column_type(s, i) {
            case SQLITE_INTEGER: return sqlite3_column_int64(s, i)
            case SQLITE_NULL: return nil
            default: return Int64.min  // never a valid value: forces a mismatch
            }
        }

        static func text(_ s: SQLiteStatement, _ i: CInt) -> String {
            optionalText(s, i) ?? "\u{FFFD}NULL"
        }

        static func optionalText(_ s: SQLiteStatement, _ i: CInt) -> String? {
            switch sqlite3_column_type(s, i) {
            case SQLITE_TEXT: return String(cString: sqlite3_column_text(s, i))
            case SQLITE_NULL: return nil
            case SQLITE_INTEGER: return "\u{FFFD}\(sqlite3_column_int64(s, i))"
            default: return "\u{FFFD}\(sqlite3_column_type(s, i))"
            }
        }
    }
}

extension VerifyRows.Entry: VerifyRows.Row {
    init(_ s: SQLiteStatement) {
        typealias C = VerifyRows.Column
        seq = C.int(s, 0); at = C.text(s, 1); till = C.text(s, 2); operatorId = C.optionalInt(s, 3); kind = C.text(s, 4)
        payload = C.text(s, 5); prevHash = C.text(s, 6); hash = C.text(s, 7)
    }

    var id: Int64 { seq }
    var journalSeq: Int64 { seq }
}

extension VerifyRows.Ticket: VerifyRows.Row {
    init(_ s: SQLiteStatement) {
        typealias C = VerifyRows.Column
        id = C.int(s, 0); number = C.int(s, 1); kind = C.text(s, 2); originalTicketId = C.optionalInt(s, 3)
        sessionId = C.int(s, 4); till = C.text(s, 5); operatorId = C.int(s, 6); at = C.text(s, 7)
        totalCents = C.int(s, 8); journalSeq = C.int(s, 9)
        reason = C.optionalText(s, 10); authorizedBy = C.optionalInt(s, 11); household = C.optionalInt(s, 12)
        householdPersons = C.optionalInt(s, 13)
    }
}

extension VerifyRows.Line: VerifyRows.Row {
    init(_ s: SQLiteStatement) {
        typealias C = VerifyRows.Column
        ticketId = C.int(s, 0); position = C.int(s, 1); code = C.optionalText(s, 2); label = C.text(s, 3)
        activity = C.text(s, 4); unitPriceCents = C.int(s, 5); quantity = C.int(s, 6)
        amountCents = C.int(s, 7); journalSeq = C.int(s, 8); originalPosition = C.optionalInt(s, 9)
        marketUnitCents = C.optionalInt(s, 10); weightGrams = C.optionalInt(s, 11)
        rentalId = C.optionalInt(s, 12); itemId = C.optionalInt(s, 13); commissionCents = C.optionalInt(s, 14)
        id = C.int(s, 15)
    }
}

extension VerifyRows.Payment: VerifyRows.Row {
    init(_ s: SQLiteStatement) {
        typealias C = VerifyRows.Column
        ticketId = C.int(s, 0); position = C.int(s, 1); method = C.text(s, 2); amountCents = C.int(s, 3)
        givenCents = C.int(s, 4); changeCents = C.int(s, 5); journalSeq = C.int(s, 6)
        reference = C.optionalText(s, 7); id = C.int(s, 8)
    }
}

extension VerifyRows.StockMovement: VerifyRows.Row {
    init(_ s: SQLiteStatement) {
        typealias C = VerifyRows.Column
        id = C.int(s, 0); journalSeq = C.int(s, 1); product = C.text(s, 2); kind = C.text(s, 3); quantity = C.int(s, 4)
        weightGrams = C.optionalInt(s, 5); reason = C.optionalText(s, 6); at = C.text(s, 7); balanceAfter = C.int(s, 8)
    }
}

extension VerifyRows.ItemMovement: VerifyRows.Row {
    init(_ s: SQLiteStatement) {
        typealias C = VerifyRows.Column
        id = C.int(s, 0); item = C.int(s, 1); round = C.int(s, 2); kind = C.text(s, 3); weightGrams = C.optionalInt(s, 4)
        journalSeq = C.int(s, 5); at = C.text(s, 6)
    }
}

extension VerifyRows.Closing: VerifyRows.Row {
    init(_ s: SQLiteStatement) {
        typealias C = VerifyRows.Column
        id = C.int(s, 0); sessionId = C.int(s, 1); closedAt = C.text(s, 2); closedBy = C.int(s, 3)
        journalSeq = C.int(s, 4); countedCents = C.optionalInt(s, 5); report = C.optionalText(s, 6)
    }
}

extension VerifyRows.FriperieFlow: VerifyRows.Row {
    init(_ s: SQLiteStatement) {
        typealias C = VerifyRows.Column
        id = C.int(s, 0); direction = C.text(s, 1); family = C.text(s, 2); grams = C.int(s, 3)
        origin = C.optionalText(s, 4); destination = C.optionalText(s, 5); party = C.text(s, 6)
        journalSeq = C.int(s, 7); at = C.text(s, 8)
    }
}

extension VerifyRows.PeriodClosing: VerifyRows.Row {
    init(_ s: SQLiteStatement) {
        typealias C = VerifyRows.Column
        id = C.int(s, 0); kind = C.text(s, 1); period = C.text(s, 2); closedAt = C.text(s, 3); closedBy = C.int(s, 4)
        journalSeq = C.int(s, 5); report = C.text(s, 6)
    }
}

extension VerifyRows.Session: VerifyRows.Row {
    init(_ s: SQLiteStatement) {
        typealias C = VerifyRows.Column
        id = C.int(s, 0); till = C.text(s, 1); openedAt = C.text(s, 2); openedBy = C.int(s, 3)
        floatCents = C.int(s, 4); journalSeq = C.int(s, 5)
    }
}

extension VerifyRows.CashMovement: VerifyRows.Row {
    init(_ s: SQLiteStatement) {
        typealias C = VerifyRows.Column
        id = C.int(s, 0); sessionId = C.int(s, 1); kind = C.text(s, 2); amountCents = C.int(s, 3)
        journalSeq = C.int(s, 4); at = C.text(s, 5)
    }
}
