import ComptoirCore
import Foundation
import GRDB

/// Recomputes the hash chain and checks the money tables against the journal, in one
/// streaming pass: the journal and each table are walked in step through cursors (in
/// journal order), so memory stays flat whatever the history. `Ledger.verify` leaves the
/// hash chain to a `ChainWalk` beside it and the ticket lines to a `RowPrefetch` (`race`).
struct Verifier {
    private let db: Database
    /// Tickets whose payload had to be decoded because the byte comparison failed
    /// (tests check the fast path is the usual one).
    private(set) var slowComparisons = 0

    /// The shop's: a period closing's month begins at its midnight.
    private let timeZone: TimeZone

    /// Called with (entries checked, entries in the journal) every 10 000 entries and at the end.
    private let progress: ((Int, Int) -> Void)?

    /// Set when the journal is read and chained beside this walk (`ChainWalk.run`), which
    /// hands the entries over checked, and the ticket lines read ahead (`RowPrefetch`).
    private let race: VerifyRace?
    /// For merging with the chain's walk: where the problem found was (0: before the first
    /// entry; `Int.max`: after the walk).
    private(set) var failedAt: Int?
    private var walkFinished = false

    init(_ db: Database, timeZone: TimeZone = Ledger.parisTime, progress: ((Int, Int) -> Void)? = nil,
         race: VerifyRace? = nil) {
        self.db = db
        self.timeZone = timeZone
        self.progress = progress
        self.race = race
    }

    private static let ticketCommitted = JournalKind.ticketCommitted.rawValue

    /// The entry's payload, or the failure naming it as unreadable.
    private static func decode<T: Decodable>(_ type: T.Type, _ entry: Entry) throws -> T {
        guard let payload = CanonicalJSON.decode(type, from: entry.payload) else {
            throw VerifyFailure(VerifyProblem(seq: entry.seq, kind: entry.kind, reason: "le contenu de l'entrée est illisible",
                                              table: "journal"))
        }
        return payload
    }

    private typealias Entry = VerifyRows.Entry

    /// `checkFile: false` when the caller runs SQLite's check of the file beside the walk.
    mutating func run(checkFile: Bool = true) throws -> VerifyReport {
        var entries = 0
        do {
            // SQLite's own check first (a damaged file may read as anything), then the rows
            // (the most precise finding: which entry a changed row betrays), then the schema
            // (a trigger dropped or a CHECK loosened, even when no row was changed yet).
            if checkFile, let problem = try SchemaCheck.fileProblem(db) { throw VerifyFailure(problem) }
            try walk(counting: &entries)
            if let problem = try SchemaCheck.problem(db) { throw VerifyFailure(problem) }
            return VerifyReport(entries: entries, problem: nil)
        } catch is VerifyRace.Overtaken {
            // The chain's walk names the entry it stopped at.
            return VerifyReport(entries: entries, problem: nil)
        } catch {
            failedAt = walkFinished ? Int.max : entries
            race?.tablesFailed(at: failedAt!)
            guard let report = Self.report(error, entries: entries) else { throw error }
            return report
        }
    }

    /// The report for what stopped a walk at its `entries`-th entry; nil for an error that
    /// is no finding about the base.
    static func report(_ error: any Error, entries: Int) -> VerifyReport? {
        switch error {
        case let failure as VerifyFailure:
            return VerifyReport(entries: entries, problem: failure.problem)
        case let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB:
            return VerifyReport(entries: entries, problem: VerifyProblem(
                seq: Int64(entries), kind: "fichier", reason: "SQLite trouve le fichier abîmé (\(error.message ?? "\(error.resultCode)"))"))
        default:
            return nil
        }
    }

    private mutating func walk(counting entries: inout Int) throws {
        guard let fingerprint = try String.fetchOne(
            db, sql: "SELECT value FROM comptoir_meta WHERE key = 'fingerprint'"), fingerprint.utf8.count == 64 else {
            throw VerifyFailure(VerifyProblem(seq: 0, kind: "comptoir_meta", reason: "l'empreinte de la boutique manque ou est invalide",
                                              table: "comptoir_meta"))
        }
        guard let digestKey = try? KeyedDigest.load(db) else {
            throw VerifyFailure(VerifyProblem(seq: 0, kind: "comptoir_meta", reason: "la clé des empreintes d'IBAN et de ressources manque",
                                              table: "comptoir_meta"))
        }
        var cursors = try JournalCursors(db, lines: race?.lines)
        let claims = JournalCursors.claims
        var consignment = try ConsignmentReplay(db)

        var masterData = MasterDataReplay()
        var shopSettings = ShopSettingsReplay()
        var parked = ParkedReplay()
        var chain = ChainWalk(fingerprint: fingerprint)
        var lastTicketNumber: Int64 = 0
        var writer = TicketPayloadWriter()
        var ticketLines: [VerifyRows.Line] = []
        var ticketPayments: [VerifyRows.Payment] = []
        var creditNotes = CreditNoteBook()
        var vouchers = VoucherBook()
        /// The last round of each labelled item: its movements are numbered 1, 2, 3…
        var itemRounds: [Int64: Int64] = [:]
        /// Each product's stock so far (sum of its movements), and during a ticket, after its lines.
        var stock: [String: Int64] = [:]
        var ticketStock: [String: Int64] = [:]

        // The entries: read here, or handed over by the chain's walk beside, already checked.
        let next: () throws -> Entry?
        if let race {
            next = { try race.entries.next() }
        } else {
            let statement = try db.makeStatement(sql: Entry.sql)
            let cursor = try Row.fetchCursor(statement)
            next = { try cursor.next() == nil ? nil : Entry(statement.sqliteStatement) }
        }
        let total = progress == nil ? 0 : try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM journal") ?? 0
        progress?(0, total)
        defer { progress?(entries, max(total, entries)) }
        typealias C = VerifyRows.Column
        while let entry = try next() {
            entries += 1
            if entries % 10_000 == 0 { progress?(entries, total) }
            func fail(_ reason: String, _ table: String? = nil) -> VerifyFailure {
                VerifyFailure(VerifyProblem(seq: entry.seq, kind: entry.kind, reason: reason, table: table))
            }
            if race == nil {
                try chain.check(index: entries, seq: entry.seq, at: entry.at, till: entry.till, operatorId: entry.operatorId,
                                kind: entry.kind, payload: entry.payload, prevHash: entry.prevHash, hash: entry.hash)
            }

            do {
                // Most entries are sales: spare them the search through every kind. A kind this
                // version does not know has its hash checked and no rows.
                if let kind = entry.kind == Self.ticketCommitted ? .ticketCommitted : JournalKind(rawValue: entry.kind) {
                    switch kind {
                    case .ticketCommitted:
                        guard let ticket = cursors.tickets.current, ticket.journalSeq == entry.seq else {
                            let number = CanonicalJSON.decode(TicketPayload.self, from: entry.payload)?.number
                            throw fail("le ticket\(number.map { " n° \($0)" } ?? "") manque dans la table des tickets", "tickets")
                        }
                        try cursors.tickets.advance()
                        ticketLines.removeAll(keepingCapacity: true)
                        ticketPayments.removeAll(keepingCapacity: true)
                        if let orphan = cursors.lines.current, orphan.ticketId < ticket.id {
                            throw fail("une ligne enregistrée (ticket interne \(orphan.ticketId)) n'appartient à aucun ticket du journal",
                                       "ticket_lines")
                        }
                        if let orphan = cursors.payments.current, orphan.ticketId < ticket.id {
                            throw fail("un paiement enregistré (ticket interne \(orphan.ticketId)) n'appartient à aucun ticket du journal",
                                       "payments")
                        }

                        writer.begin(kind: ticket.kind, authorizedBy: ticket.authorizedBy, household: ticket.household,
                                     householdPersons: ticket.householdPersons)
                        ticketStock.removeAll(keepingCapacity: true)
                        while var line = cursors.lines.current, line.ticketId == ticket.id {
                            if let (code, taken) = StockAfter.taken(activity: line.activity, code: line.code, quantity: line.quantity,
                                                                    weightGrams: line.weightGrams) {
                                let before = ticketStock[code] ?? stock[code] ?? 0
                                ticketStock[code] = before &- taken
                                line.stockAfter = StockAfter.recorded(before: before, taken: taken)
                            }
                            writer.line(line, first: ticketLines.isEmpty)
                            ticketLines.append(line)
                            try cursors.lines.advance()
                        }
                        let original = try ticket.originalTicketId.map { id in
                            try Row.fetchOne(db, sql: "SELECT number FROM tickets WHERE id = ?", arguments: [id])?.safeInt("number") ?? (0 &- id)
                        }
                        writer.middle(number: ticket.number, operatorId: ticket.operatorId, original: original)
                        while let payment = cursors.payments.current, payment.ticketId == ticket.id {
                            writer.payment(payment, first: ticketPayments.isEmpty)
                            ticketPayments.append(payment)
                            try cursors.payments.advance()
                        }
                        writer.end(session: ticket.sessionId, till: ticket.till, totalCents: ticket.totalCents, reason: ticket.reason)

                        if let (reason, table) = try checkTicket(
                            ticket, original: original, lines: ticketLines, payments: ticketPayments,
                            entry: entry, writer: writer) {
                            throw fail(reason, table)
                        }
                        if let reason = creditNotes.record(ticketNumber: ticket.number, payments: ticketPayments) {
                            throw fail(reason, "payments")
                        }
                        if let reason = vouchers.record(ticketNumber: ticket.number, kind: ticket.kind, original: original,
                                                        payments: ticketPayments) {
                            throw fail(reason, "payments")
                        }
                        if let reason = try Self.checkStock(&cursors.stock, stock: &stock, lines: ticketLines, seq: entry.seq, at: entry.at,
                                                            number: ticket.number) {
                            throw fail(reason, "stock_movements")
                        }
                        if let reason = try Self.checkItems(&cursors.items, rounds: &itemRounds, lines: ticketLines, seq: entry.seq, at: entry.at,
                                                            number: ticket.number) {
                            throw fail(reason, "item_movements")
                        }
                        guard ticket.number == lastTicketNumber + 1 else {
                            throw fail("le ticket n° \(ticket.number) ne suit pas le n° \(lastTicketNumber) : la numérotation des tickets a un trou",
                                       "tickets")
                        }
                        lastTicketNumber = ticket.number
                        if ticket.kind == "sale", let household = ticket.household {
                            if let persons = ticket.householdPersons, persons != masterData.persons(of: household) {
                                throw fail("le ticket n° \(ticket.number) compte \(persons) personnes au foyer n° \(household), sa fiche n'en comptait pas autant à cette vente",
                                           "tickets")
                            }
                            masterData.visited(household: household, at: entry.at)
                        }
                    case .trainingStarted, .trainingEnded:
                        // No rows: the entry only says who allowed training mode, at which till.
                        guard CanonicalJSON.decode(TrainingPayload.self, from: entry.payload) != nil else {
                            throw fail("le contenu de l'entrée est illisible")
                        }
                    case .sessionOpened:
                        guard let session = cursors.sessions.current, session.journalSeq == entry.seq else {
                            throw fail("la session de caisse de cette entrée manque dans la table des sessions", "till_sessions")
                        }
                        try cursors.sessions.advance()
                        let payload = try Self.decode(SessionPayload.self, entry)
                        guard payload == SessionPayload(session: session.id, till: session.till, openedBy: session.openedBy, floatCents: session.floatCents),
                              session.openedAt == entry.at, session.till == entry.till, session.openedBy == entry.operatorId else {
                            throw fail("la session n° \(payload.session) ne correspond pas au journal", "till_sessions")
                        }
                        guard let movement = cursors.cash.current, movement.journalSeq == entry.seq, movement.kind == "float",
                              movement.sessionId == session.id, movement.amountCents == session.floatCents,
                              movement.at == entry.at else {
                            throw fail("le fond de caisse de la session n° \(session.id) ne correspond pas au journal", "cash_movements")
                        }
                        try cursors.cash.advance()
                    case .cashDropped:
                        let p = try Self.decode(CashDropPayload.self, entry)
                        guard try Self.takeCashMovement(&cursors.cash, kind: "drop", session: p.session, amountCents: -p.amountCents,
                                                        seq: entry.seq, at: entry.at) else {
                            throw fail("le prélèvement de \(Money(cents: p.amountCents).formatted) ne correspond pas à son mouvement de caisse",
                                       "cash_movements")
                        }
                    case .friperieFlow:
                        guard let flow = cursors.flows.current, flow.journalSeq == entry.seq else {
                            throw fail("la pesée de cette entrée manque dans la table des pesées de la friperie", "friperie_flows")
                        }
                        try cursors.flows.advance()
                        let p = try Self.decode(FriperieFlowPayload.self, entry)
                        guard flow.id == p.flow, flow.direction == p.direction, flow.family == p.family, flow.grams == Int64(p.grams),
                              flow.origin == p.origin, flow.destination == p.destination, flow.at == entry.at,
                              p.direction == "entree" || flow.party == (p.party ?? "") else {
                            throw fail("la pesée n° \(p.flow) (\(Grams.kilograms(Int64(p.grams)))) ne correspond pas au journal", "friperie_flows")
                        }
                    case .periodClosed:
                        guard let period = cursors.periods.current, period.journalSeq == entry.seq else {
                            throw fail("la clôture de période de cette entrée manque dans sa table", "period_closings")
                        }
                        try cursors.periods.advance()
                        if let reason = try checkPeriod(period, entry: entry) { throw fail(reason, "period_closings") }
                    case .sessionClosed:
                        guard let closing = cursors.closings.current, closing.journalSeq == entry.seq else {
                            throw fail("la clôture de cette entrée manque dans la table des clôtures", "session_closings")
                        }
                        try cursors.closings.advance()
                        if let reason = try checkClosing(closing, entry: entry) { throw fail(reason, "session_closings") }
                    case .stockMoved:
                        let p = try Self.decode(StockPayload.self, entry)
                        guard let movement = cursors.stock.current, movement.journalSeq == entry.seq, movement.kind != "vente",
                              StockPayload(product: movement.product, kind: movement.kind, quantity: movement.quantity,
                                           weightGrams: movement.weightGrams, reason: movement.reason) == p,
                              movement.at == entry.at else {
                            throw fail("le mouvement de stock de cette entrée (\(p.product)) ne correspond pas au journal", "stock_movements")
                        }
                        let balance = (stock[movement.product] ?? 0) &+ movement.quantity
                        stock[movement.product] = balance
                        if let reason = StockAfter.balanceProblem(movement, expected: balance) { throw fail(reason, "stock_movements") }
                        try cursors.stock.advance()
                    case .itemEnded:
                        let p = try Self.decode(ItemEndPayload.self, entry)
                        guard let movement = cursors.items.current, movement.journalSeq == entry.seq,
                              ItemEndPayload(item: movement.item, kind: movement.kind, round: movement.round,
                                             weightGrams: movement.weightGrams) == p,
                              movement.at == entry.at, p.kind == "rendu" || p.kind == "don",
                              p.round == (itemRounds[p.item] ?? 0) + 1 else {
                            throw fail("l'article rendu ou donné de cette entrée (article interne \(p.item)) ne correspond pas au journal",
                                       "item_movements")
                        }
                        itemRounds[p.item] = p.round
                        try cursors.items.advance()
                    case .payoutMade:
                        if let reason = try consignment.record(kind: .payoutMade, seq: entry.seq, at: entry.at, till: entry.till,
                                                               payload: entry.payload) {
                            throw fail(reason, "payouts")
                        }
                        try Self.checkPayoutCash(&cursors.cash, entry: entry.payload, seq: entry.seq, at: entry.at).map { throw fail($0, "cash_movements") }
                    case .sellerCreated, .sellerChanged, .sellerPseudonymized, .boxCreated, .boxChanged, .rentalSigned, .rentalChanged,
                         .itemRegistered:
                        if let reason = try consignment.record(kind: kind, seq: entry.seq, at: entry.at, till: entry.till, payload: entry.payload) {
                            throw fail(reason, ConsignmentReplay.tables[kind])
                        }
                    case .ticketParked, .ticketResumed:
                        if let reason = parked.record(kind: kind, seq: entry.seq, at: entry.at, till: entry.till, operatorId: entry.operatorId,
                                                      payload: entry.payload) {
                            throw fail(reason)
                        }
                    case .userCreated, .userRoleChanged, .userDeactivated, .userPinChanged, .userPinFailed, .userPinAccepted, .userLocked,
                         .userReactivated, .categoryCreated, .categoryChanged, .productCreated, .productChanged, .householdCreated,
                         .householdChanged, .householdPurged, .epicerieRulesChanged:
                        if let reason = masterData.record(kind: kind, seq: entry.seq, at: entry.at, payload: entry.payload) {
                            throw fail(reason)
                        }
                    case .ticketReprinted, .drawerOpened, .archiveKey, .archiveSealed, .ledgerRestored:
                        break  // no rows: the entry only records the event
                    case .closingReprinted, .drawerFailed:
                        break  // no rows either: a duplicate of a Z, a drawer that did not open
                    case .retentionApplied:
                        // Counts and days only: the payload is exactly that, by a named user.
                        guard let p = CanonicalJSON.decode(RetentionPayload.self, from: entry.payload),
                              (try? CanonicalJSON.encode(p)) == entry.payload, entry.operatorId != nil else {
                            throw fail("l'application des durées de conservation est illisible ou porte autre chose que des nombres")
                        }
                    case .userLoggedIn, .userLoggedOut, .exportWritten, .backupMade, .clockBehind:
                        if let reason = TechnicalCheck.problem(kind: kind, seq: entry.seq, at: entry.at, operatorId: entry.operatorId,
                                                               payload: entry.payload) {
                            throw fail(reason)
                        }
                    case .shopSettingsChanged:
                        if let reason = shopSettings.record(seq: entry.seq, payload: entry.payload) { throw fail(reason, "shop_settings") }
                    }
                }
            } catch var failure as VerifyFailure where failure.problem.kind.isEmpty {
                failure.problem.kind = entry.kind
                throw failure
            }

            // Rows that claim this entry although it did not create them.
            if let (table, reason) = cursors.stray(through: entry.seq, claims) { throw fail(reason, table) }
            if let reason = consignment.strayItem(through: entry.seq) { throw fail(reason, "consigned_items") }
        }

        // The chain's walk stopped handing entries over at one that fails: it names that one.
        if let race, race.chainFailure != Int.max { throw VerifyRace.Overtaken() }
        walkFinished = true
        // Rows left over point at entries that do not exist.
        if let (seq, table, reason) = cursors.leftover(claims) {
            throw VerifyFailure(VerifyProblem(seq: seq, kind: "entrée absente", reason: reason, table: table))
        }
        if let problem = try masterData.check(db, digestKey: digestKey) { throw VerifyFailure(problem) }
        if let problem = try shopSettings.check(db) { throw VerifyFailure(problem) }
        if let problem = try consignment.check(db, digestKey: digestKey) { throw VerifyFailure(problem) }
        if let problem = try parked.check(db) { throw VerifyFailure(problem) }
    }

    /// The stock movements under a ticket's entry must be what its épicerie lines took:
    /// per product, the quantity (grams for a line sold by weight), with the sign reversed,
    /// as sales made at the ticket's time, each with the product's balance after it.
    private static func checkStock(
        _ stock: inout VerifyRows.Lookahead<VerifyRows.StockMovement>, stock running: inout [String: Int64],
        lines: [VerifyRows.Line], seq: Int64, at: String, number: Int64
    ) throws -> String? {
        let epicerie = lines.contains { $0.activity == "epicerie" && $0.code != nil }
        guard epicerie || stock.current?.journalSeq == seq else { return nil }
        var expected: [String: Int64] = [:]
        for line in lines where line.activity == "epicerie" {
            guard let code = line.code else { continue }
            expected[code, default: 0] &-= line.quantity &* (line.weightGrams ?? 1)
        }
        var actual: [String: Int64] = [:]
        var balanceProblem: String?
        while let movement = stock.current, movement.journalSeq == seq {
            guard movement.kind == "vente", movement.weightGrams == nil, movement.reason == nil, movement.at == at else {
                return "un mouvement de stock du ticket n° \(number) (\(movement.product)) ne correspond pas au journal"
            }
            actual[movement.product, default: 0] &+= movement.quantity
            let balance = (running[movement.product] ?? 0) &+ movement.quantity
            running[movement.product] = balance
            balanceProblem = balanceProblem ?? StockAfter.balanceProblem(movement, expected: balance)
            try stock.advance()
        }
        // A quantity unlike the lines is named as such, before the balances it throws off.
        return actual == expected ? balanceProblem
            : "les mouvements de stock du ticket n° \(number) ne correspondent pas à ses lignes d'épicerie"
    }

    /// The item movements under a ticket's entry must be its labelled lines: a sale for
    /// each item sold, a return to stock for each item given back, each the item's next
    /// round, at the ticket's time.
    private static func checkItems(
        _ items: inout VerifyRows.Lookahead<VerifyRows.ItemMovement>, rounds: inout [Int64: Int64], lines: [VerifyRows.Line],
        seq: Int64, at: String, number: Int64
    ) throws -> String? {
        var expected: [String] = []
        for line in lines {
            guard let item = line.itemId else { continue }
            expected.append("\(item):\(line.quantity > 0 ? "vente" : "remboursement")")
        }
        var actual: [String] = []
        while let movement = items.current, movement.journalSeq == seq {
            guard movement.weightGrams == nil, movement.at == at, movement.round == (rounds[movement.item] ?? 0) + 1 else {
                return "un mouvement de l'article en dépôt interne \(movement.item) (ticket n° \(number)) ne correspond pas au journal"
            }
            rounds[movement.item] = movement.round
            actual.append("\(movement.item):\(movement.kind)")
            try items.advance()
        }
        return actual == expected ? nil
            : "les articles en dépôt du ticket n° \(number) ne correspondent pas à ses lignes"
    }

    /// A Z row must be its entry, and its figures what the session's tickets, payments and
    /// drawer movements still add up to.
    private func checkClosing(_ closing: VerifyRows.Closing, entry: Entry) throws -> String? {
        guard let payload = CanonicalJSON.decode(ClosingPayload.self, from: entry.payload) else {
            return "le contenu de l'entrée est illisible"
        }
        guard closing.report == entry.payload, closing.sessionId == payload.session, closing.closedBy == payload.closedBy,
              closing.closedBy == entry.operatorId, closing.closedAt == entry.at, closing.countedCents == payload.countedCents else {
            return "la clôture de la session n° \(payload.session) ne correspond pas au journal"
        }
        let report: SessionReport
        do {
            // A Z without absolute totals was made under the older rule of its perpetual total.
            report = try Ledger.sessionReport(db, session: payload.session, upToTicket: payload.lastTicket,
                                              closingsBefore: closing.id, timeZone: timeZone,
                                              legacyPerpetual: payload.perpetualSalesCents == nil)
        } catch {
            return "le Z de la session n° \(payload.session) ne se recalcule pas (\((error as? LedgerError)?.message ?? "\(error)"))"
        }
        var pieces: [Int64: Int] = [:]
        for (key, n) in payload.pieces { pieces[Int64(key) ?? -1] = n }
        var expected = Ledger.closingPayload(report, count: CashCount(pieces: pieces), comment: payload.comment,
                                             closedBy: payload.closedBy, lastTicket: payload.lastTicket)
        if payload.perpetualSalesCents == nil, payload.perpetualCounterCents == nil {
            // A Z made before the absolute grand totals were kept: its entry, chained, says so.
            expected.perpetualSalesCents = nil
            expected.perpetualCounterCents = nil
        }
        guard expected == payload else {
            return "le Z de la session n° \(payload.session) ne correspond plus à ses tickets, paiements ou mouvements de caisse"
        }
        return nil
    }

    /// A monthly or yearly closing must be its entry, and the roll-up of the Z's it names.
    private func checkPeriod(_ row: VerifyRows.PeriodClosing, entry: Entry) throws -> String? {
        guard let payload = CanonicalJSON.decode(PeriodClosingPayload.self, from: entry.payload),
              let kind = PeriodReport.Kind(rawValue: payload.kind) else {
            return "le contenu de l'entrée est illisible"
        }
        guard row.report == entry.payload, row.kind == payload.kind, row.period == payload.period,
              row.closedBy == payload.closedBy, row.closedBy == entry.operatorId, row.closedAt == entry.at else {
            return "la clôture de \(payload.period) ne correspond pas au journal"
        }
        do {
            let (first, afterLast) = try Ledger.bounds(kind, payload.period)
            let expected = try Ledger.periodPayload(db, timeZone: timeZone, kind, payload.period, first: first, afterLast: afterLast,
                                                    closedBy: payload.closedBy, refuseOpen: false,
                                                    legacy: payload.perpetualSalesCents == nil)
            return expected == payload ? nil : "la clôture de \(payload.period) ne correspond plus à ses Z"
        } catch {
            return "la clôture de \(payload.period) ne se recalcule pas"
        }
    }

    /// A cash payout takes its amount out of its session's drawer, under its own entry.
    private static func checkPayoutCash(
        _ cash: inout VerifyRows.Lookahead<VerifyRows.CashMovement>, entry payload: String, seq: Int64, at: String
    ) throws -> String? {
        guard let p = CanonicalJSON.decode(PayoutPayload.self, from: payload) else { return "le contenu de l'entrée est illisible" }
        guard p.method == "especes" else { return nil }
        guard let session = p.session, try takeCashMovement(&cash, kind: "payout", session: session, amountCents: -p.amountCents,
                                                            seq: seq, at: at) else {
            return "la sortie de caisse du reversement n° \(p.payout) ne correspond pas au journal"
        }
        return nil
    }

    /// Consumes the drawer movement an entry wrote (a payout, a drop); false when the next
    /// one is not exactly it.
    private static func takeCashMovement(
        _ cash: inout VerifyRows.Lookahead<VerifyRows.CashMovement>, kind: String, session: Int64, amountCents: Int64,
        seq: Int64, at: String
    ) throws -> Bool {
        guard let movement = cash.current, movement.journalSeq == seq, movement.kind == kind, movement.sessionId == session,
              movement.amountCents == amountCents, movement.at == at else { return false }
        try cash.advance()
        return true
    }

    /// nil when the rows of one ticket are exactly what its journal entry says.
    private mutating func checkTicket(
        _ ticket: VerifyRows.Ticket, original: Int64?, lines: [VerifyRows.Line],
        payments: [VerifyRows.Payment], entry: Entry, writer: TicketPayloadWriter
    ) throws -> (String, String)? {
        let name = "ticket n° \(ticket.number)"
        // Columns the payload does not carry: they repeat the entry's own fields.
        guard ticket.till == entry.till, ticket.operatorId == entry.operatorId, ticket.at == entry.at else {
            return ("le \(name) ne correspond pas au journal (caisse, vendeur ou heure)", "tickets")
        }
        for (i, line) in lines.enumerated() where line.position != Int64(i + 1) || line.journalSeq != entry.seq {
            return ("la ligne \(i + 1) du \(name) ne correspond pas au journal", "ticket_lines")
        }
        for (i, payment) in payments.enumerated() where payment.position != Int64(i + 1) || payment.journalSeq != entry.seq {
            return ("le paiement \(i + 1) du \(name) ne correspond pas au journal", "payments")
        }

        if !(writer.exact && Bytes.equal(entry.payload, writer.bytes)) {
            slowComparisons += 1
            guard let payload = CanonicalJSON.decode(TicketPayload.self, from: entry.payload) else {
                return ("le contenu de l'entrée est illisible", "journal")
            }
            if let difference = Self.difference(payload, ticket: ticket, original: original, lines: lines, payments: payments) {
                return difference
            }
        }

        // The entry must also add up by itself.
        var sum: Int64 = 0
        for (i, line) in lines.enumerated() {
            guard line.amountCents == line.unitPriceCents &* line.quantity else {
                return ("la ligne \(i + 1) du \(name) a un montant différent de prix × quantité", "ticket_lines")
            }
            sum = sum &+ line.amountCents
        }
        let paid = payments.reduce(Int64(0)) { $0 &+ $1.amountCents }
        guard sum == ticket.totalCents, paid == ticket.totalCents else {
            return ("le total du \(name) ne correspond pas à ses lignes ou à ses paiements", "tickets")
        }
        return nil
    }

    /// The first field where rows and payload disagree, in words, and the table it is in.
    private static func difference(
        _ payload: TicketPayload, ticket: VerifyRows.Ticket, original: Int64?,
        lines: [VerifyRows.Line], payments: [VerifyRows.Payment]
    ) -> (String, String)? {
        let name = "ticket n° \(payload.number)"
        guard payload.number == ticket.number else {
            return ("le ticket n° \(ticket.number) de la table porte le n° \(payload.number) dans le journal", "tickets")
        }
        guard payload.kind == ticket.kind, payload.original == original, payload.session == ticket.sessionId,
              payload.reason == ticket.reason, payload.authorizedBy == ticket.authorizedBy,
              payload.household == ticket.household, payload.householdPersons == ticket.householdPersons,
              payload.till == ticket.till, payload.operatorId == ticket.operatorId else {
            return ("le \(name) ne correspond pas au journal (type, session, caisse, vendeur ou foyer)", "tickets")
        }
        for i in 0..<max(payload.lines.count, lines.count) {
            guard i < payload.lines.count else { return ("la ligne \(i + 1) du \(name) n'est pas dans le journal", "ticket_lines") }
            guard i < lines.count else { return ("la ligne \(i + 1) du \(name) manque dans la table des lignes", "ticket_lines") }
            if lines[i].payload != payload.lines[i] {
                var recorded = payload.lines[i]
                recorded.stockAfter = lines[i].stockAfter
                guard recorded == lines[i].payload else {
                    return ("la ligne \(i + 1) du \(name) ne correspond pas au journal", "ticket_lines")
                }
                let said = payload.lines[i].stockAfter.map { "passait à \($0)" } ?? "ne passait pas sous zéro"
                let computed = lines[i].stockAfter.map { "passe à \($0)" } ?? "ne passe pas sous zéro"
                return ("la ligne \(i + 1) du \(name) dit que le stock de \(lines[i].code ?? "?") \(said), mais d'après les mouvements de stock il \(computed)",
                        "stock_movements")
            }
        }
        for i in 0..<max(payload.payments.count, payments.count) {
            guard i < payload.payments.count else { return ("le paiement \(i + 1) du \(name) n'est pas dans le journal", "payments") }
            guard i < payments.count else { return ("le paiement \(i + 1) du \(name) manque dans la table des paiements", "payments") }
            if payments[i].payload != payload.payments[i] {
                return ("le paiement \(i + 1) du \(name) ne correspond pas au journal", "payments")
            }
        }
        guard payload.totalCents == ticket.totalCents else {
            return ("le total du \(name) ne correspond pas au journal", "tickets")
        }
        return nil
    }
}
