import ComptoirCore
import Foundation
import GRDB

/// Recomputes the hash chain and checks the money tables against the journal, in one
/// streaming pass: the journal and each table are walked in step through cursors (in
/// journal order), so memory stays flat whatever the history.
struct Verifier {
    private let db: Database
    /// Tickets whose payload had to be decoded because the byte comparison failed
    /// (tests check the fast path is the usual one).
    private(set) var slowComparisons = 0

    /// The shop's: a period closing's month begins at its midnight.
    private let timeZone: TimeZone

    /// Called with (entries checked, entries in the journal) every 10 000 entries and at the end.
    private let progress: ((Int, Int) -> Void)?

    init(_ db: Database, timeZone: TimeZone = Ledger.parisTime, progress: ((Int, Int) -> Void)? = nil) {
        self.db = db
        self.timeZone = timeZone
        self.progress = progress
    }

    private struct Entry {
        var seq: Int64, at: String, till: String, operatorId: Int64?, kind: String, payload: String
    }

    private struct Failure: Error {
        var problem: VerifyProblem
    }

    mutating func run() throws -> VerifyReport {
        var entries = 0
        do {
            try walk(counting: &entries)
            return VerifyReport(entries: entries, problem: nil)
        } catch let failure as Failure {
            return VerifyReport(entries: entries, problem: failure.problem)
        }
    }

    private mutating func walk(counting entries: inout Int) throws {
        guard let fingerprint = try String.fetchOne(
            db, sql: "SELECT value FROM comptoir_meta WHERE key = 'fingerprint'"), fingerprint.utf8.count == 64 else {
            throw Failure(problem: VerifyProblem(seq: 0, kind: "comptoir_meta", reason: "l'empreinte de la boutique manque ou est invalide"))
        }
        var tickets = try VerifyRows.Lookahead(db, sql: VerifyRows.Ticket.sql, VerifyRows.Ticket.init)
        var lines = try VerifyRows.Lookahead(db, sql: VerifyRows.Line.sql, VerifyRows.Line.init)
        var payments = try VerifyRows.Lookahead(db, sql: VerifyRows.Payment.sql, VerifyRows.Payment.init)
        var sessions = try VerifyRows.Lookahead(db, sql: VerifyRows.Session.sql, VerifyRows.Session.init)
        var cash = try VerifyRows.Lookahead(db, sql: VerifyRows.CashMovement.sql, VerifyRows.CashMovement.init)
        var stock = try VerifyRows.Lookahead(db, sql: VerifyRows.StockSale.sql, VerifyRows.StockSale.init)
        var itemSales = try VerifyRows.Lookahead(db, sql: VerifyRows.ItemSale.sql, VerifyRows.ItemSale.init)
        var closings = try VerifyRows.Lookahead(db, sql: VerifyRows.Closing.sql, VerifyRows.Closing.init)
        var periods = try VerifyRows.Lookahead(db, sql: VerifyRows.PeriodClosing.sql, VerifyRows.PeriodClosing.init)
        var flows = try VerifyRows.Lookahead(db, sql: VerifyRows.FriperieFlow.sql, VerifyRows.FriperieFlow.init)
        var consignment = try ConsignmentReplay(db)

        var masterData = MasterDataReplay()
        var previousHash = fingerprint
        var lastTicketNumber: Int64 = 0
        var scratch: [UInt8] = []
        var computed: [UInt8] = []
        var writer = TicketPayloadWriter()
        var ticketLines: [VerifyRows.Line] = []
        var ticketPayments: [VerifyRows.Payment] = []
        var creditNotes = CreditNoteBook()

        let journalStatement = try db.makeStatement(sql: """
            SELECT seq, at, till, operator_id, kind, payload, prev_hash, hash FROM journal ORDER BY seq
            """)
        let journal = try Row.fetchCursor(journalStatement)
        let s = journalStatement.sqliteStatement
        let total = progress == nil ? 0 : try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM journal") ?? 0
        progress?(0, total)
        defer { progress?(entries, max(total, entries)) }
        typealias C = VerifyRows.Column
        while try journal.next() != nil {
            entries += 1
            if entries % 10_000 == 0 { progress?(entries, total) }
            let entry = Entry(seq: C.int(s, 0), at: C.text(s, 1), till: C.text(s, 2), operatorId: C.optionalInt(s, 3),
                              kind: C.text(s, 4), payload: C.text(s, 5))
            let prevHash = C.text(s, 6)
            let hash = C.text(s, 7)
            func fail(_ reason: String) -> Failure {
                Failure(problem: VerifyProblem(seq: entry.seq, kind: entry.kind, reason: reason))
            }

            let expected = Int64(entries)
            if entry.seq != expected {
                throw fail(entry.seq > expected
                    ? (entry.seq == expected + 1 ? "l'entrée n° \(expected) manque avant celle-ci"
                                                 : "les entrées n° \(expected) à \(entry.seq - 1) manquent avant celle-ci")
                    : "numéro d'entrée inattendu (n° \(expected) attendu)")
            }
            guard prevHash == previousHash else {
                throw fail(entries == 1 ? "la première entrée n'est pas chaînée à l'empreinte de la boutique"
                                        : "le chaînage avec l'entrée précédente est rompu")
            }
            Journal.hashHex(
                seq: entry.seq, at: entry.at, till: entry.till, operatorId: entry.operatorId,
                kind: entry.kind, payload: entry.payload, prevHash: prevHash, buffer: &scratch, into: &computed)
            guard Bytes.equal(hash, computed) else {
                throw fail("l'entrée a été modifiée : son empreinte ne correspond plus à son contenu")
            }
            previousHash = hash

            if entry.kind == JournalKind.ticketCommitted.rawValue {
                guard let ticket = tickets.current, ticket.journalSeq == entry.seq else {
                    let number = CanonicalJSON.decode(TicketPayload.self, from: entry.payload)?.number
                    throw fail("le ticket\(number.map { " n° \($0)" } ?? "") manque dans la table des tickets")
                }
                try tickets.advance()
                ticketLines.removeAll(keepingCapacity: true)
                ticketPayments.removeAll(keepingCapacity: true)
                if let orphan = lines.current, orphan.ticketId < ticket.id {
                    throw fail("une ligne enregistrée (ticket interne \(orphan.ticketId)) n'appartient à aucun ticket du journal")
                }
                if let orphan = payments.current, orphan.ticketId < ticket.id {
                    throw fail("un paiement enregistré (ticket interne \(orphan.ticketId)) n'appartient à aucun ticket du journal")
                }

                writer.begin(kind: ticket.kind, authorizedBy: ticket.authorizedBy, household: ticket.household)
                while let line = lines.current, line.ticketId == ticket.id {
                    writer.line(line, first: ticketLines.isEmpty)
                    ticketLines.append(line)
                    try lines.advance()
                }
                let original = try ticket.originalTicketId.map { id in
                    try Int64.fetchOne(db, sql: "SELECT number FROM tickets WHERE id = ?", arguments: [id]) ?? -id
                }
                writer.middle(number: ticket.number, operatorId: ticket.operatorId, original: original)
                while let payment = payments.current, payment.ticketId == ticket.id {
                    writer.payment(payment, first: ticketPayments.isEmpty)
                    ticketPayments.append(payment)
                    try payments.advance()
                }
                writer.end(session: ticket.sessionId, till: ticket.till, totalCents: ticket.totalCents, reason: ticket.reason)

                if let reason = try checkTicket(
                    ticket, original: original, lines: ticketLines, payments: ticketPayments,
                    entry: entry, writer: writer) {
                    throw fail(reason)
                }
                if let reason = creditNotes.record(ticketNumber: ticket.number, payments: ticketPayments) {
                    throw fail(reason)
                }
                if let reason = try Self.checkStock(&stock, lines: ticketLines, seq: entry.seq, number: ticket.number) {
                    throw fail(reason)
                }
                if let reason = try Self.checkItems(&itemSales, lines: ticketLines, seq: entry.seq, number: ticket.number) {
                    throw fail(reason)
                }
                guard ticket.number == lastTicketNumber + 1 else {
                    throw fail("le ticket n° \(ticket.number) ne suit pas le n° \(lastTicketNumber) : la numérotation des tickets a un trou")
                }
                lastTicketNumber = ticket.number
            } else if entry.kind == JournalKind.sessionOpened.rawValue {
                guard let session = sessions.current, session.journalSeq == entry.seq else {
                    throw fail("la session de caisse de cette entrée manque dans la table des sessions")
                }
                try sessions.advance()
                guard let payload = CanonicalJSON.decode(SessionPayload.self, from: entry.payload) else {
                    throw fail("le contenu de l'entrée est illisible")
                }
                guard payload == SessionPayload(session: session.id, till: session.till, openedBy: session.openedBy, floatCents: session.floatCents),
                      session.openedAt == entry.at, session.till == entry.till, session.openedBy == entry.operatorId else {
                    throw fail("la session n° \(payload.session) ne correspond pas au journal")
                }
                guard let movement = cash.current, movement.journalSeq == entry.seq, movement.kind == "float",
                      movement.sessionId == session.id, movement.amountCents == session.floatCents,
                      movement.at == entry.at else {
                    throw fail("le fond de caisse de la session n° \(session.id) ne correspond pas au journal")
                }
                try cash.advance()
            } else if entry.kind == JournalKind.cashDropped.rawValue {
                guard let p = CanonicalJSON.decode(CashDropPayload.self, from: entry.payload) else {
                    throw fail("le contenu de l'entrée est illisible")
                }
                guard try Self.takeCashMovement(&cash, kind: "drop", session: p.session, amountCents: -p.amountCents,
                                                seq: entry.seq, at: entry.at) else {
                    throw fail("le prélèvement de \(Money(cents: p.amountCents).formatted) ne correspond pas à son mouvement de caisse")
                }
            } else if entry.kind == JournalKind.friperieFlow.rawValue {
                guard let flow = flows.current, flow.journalSeq == entry.seq else {
                    throw fail("la pesée de cette entrée manque dans la table des pesées de la friperie")
                }
                try flows.advance()
                guard let p = CanonicalJSON.decode(FriperieFlowPayload.self, from: entry.payload) else {
                    throw fail("le contenu de l'entrée est illisible")
                }
                guard flow.id == p.flow, flow.direction == p.direction, flow.family == p.family, flow.grams == Int64(p.grams),
                      flow.origin == p.origin, flow.destination == p.destination, flow.at == entry.at,
                      p.direction == "entree" || flow.party == (p.party ?? "") else {
                    throw fail("la pesée n° \(p.flow) (\(Grams.kilograms(Int64(p.grams)))) ne correspond pas au journal")
                }
            } else if entry.kind == JournalKind.periodClosed.rawValue {
                guard let period = periods.current, period.journalSeq == entry.seq else {
                    throw fail("la clôture de période de cette entrée manque dans sa table")
                }
                try periods.advance()
                if let reason = try checkPeriod(period, entry: entry) { throw fail(reason) }
            } else if entry.kind == JournalKind.sessionClosed.rawValue {
                guard let closing = closings.current, closing.journalSeq == entry.seq else {
                    throw fail("la clôture de cette entrée manque dans la table des clôtures")
                }
                try closings.advance()
                if let reason = try checkClosing(closing, entry: entry) { throw fail(reason) }
            } else {
                var handled = false
                if let reason = try consignment.record(kind: entry.kind, seq: entry.seq, payload: entry.payload, handled: &handled) {
                    throw fail(reason)
                }
                if handled, entry.kind == JournalKind.payoutMade.rawValue {
                    try Self.checkPayoutCash(&cash, entry: entry.payload, seq: entry.seq, at: entry.at).map { throw fail($0) }
                } else if !handled, let reason = masterData.record(kind: entry.kind, seq: entry.seq, payload: entry.payload) {
                    throw fail(reason)
                }
            }

            // Rows that claim this entry although it did not create them.
            if let ticket = tickets.current, ticket.journalSeq <= entry.seq {
                throw fail("le ticket n° \(ticket.number) est rattaché à cette entrée, qui n'enregistre pas ce ticket")
            }
            if let session = sessions.current, session.journalSeq <= entry.seq {
                throw fail("la session n° \(session.id) est rattachée à cette entrée, qui n'ouvre pas cette session")
            }
            if let movement = stock.current, movement.journalSeq <= entry.seq {
                throw fail("un mouvement de stock (\(movement.product)) est rattaché à cette entrée, qui n'est pas une vente")
            }
            if let reason = consignment.strayItem(through: entry.seq) { throw fail(reason) }
            if let flow = flows.current, flow.journalSeq <= entry.seq {
                throw fail("la pesée n° \(flow.id) est rattachée à cette entrée, qui ne l'enregistre pas")
            }
            if let period = periods.current, period.journalSeq <= entry.seq {
                throw fail("la clôture de \(period.period) est rattachée à cette entrée, qui ne la fait pas")
            }
            if let closing = closings.current, closing.journalSeq <= entry.seq {
                throw fail("la clôture de la session n° \(closing.sessionId) est rattachée à cette entrée, qui ne la fait pas")
            }
            if let movement = itemSales.current, movement.journalSeq <= entry.seq {
                throw fail("un mouvement d'article en dépôt (article interne \(movement.item)) est rattaché à cette entrée, qui n'est pas une vente")
            }
            if let movement = cash.current, movement.journalSeq <= entry.seq {
                throw fail("un mouvement de caisse (\(movement.kind), \(movement.amountCents) centimes) est rattaché à cette entrée, qui ne l'enregistre pas")
            }
        }

        // Rows left over point at entries that do not exist.
        let missing = "entrée absente"
        if let ticket = tickets.current {
            throw Failure(problem: VerifyProblem(seq: ticket.journalSeq, kind: missing,
                reason: "le ticket n° \(ticket.number) renvoie à une entrée qui n'est pas dans le journal"))
        }
        if let line = lines.current {
            throw Failure(problem: VerifyProblem(seq: line.journalSeq, kind: missing,
                reason: "une ligne enregistrée (ticket interne \(line.ticketId)) n'appartient à aucun ticket du journal"))
        }
        if let payment = payments.current {
            throw Failure(problem: VerifyProblem(seq: payment.journalSeq, kind: missing,
                reason: "un paiement enregistré (ticket interne \(payment.ticketId)) n'appartient à aucun ticket du journal"))
        }
        if let session = sessions.current {
            throw Failure(problem: VerifyProblem(seq: session.journalSeq, kind: missing,
                reason: "la session n° \(session.id) renvoie à une entrée qui n'est pas dans le journal"))
        }
        if let movement = cash.current {
            throw Failure(problem: VerifyProblem(seq: movement.journalSeq, kind: missing,
                reason: "un mouvement de caisse renvoie à une entrée qui n'est pas dans le journal"))
        }
        if let movement = stock.current {
            throw Failure(problem: VerifyProblem(seq: movement.journalSeq, kind: missing,
                reason: "un mouvement de stock (\(movement.product)) renvoie à une entrée qui n'est pas dans le journal"))
        }
        if let flow = flows.current {
            throw Failure(problem: VerifyProblem(seq: flow.journalSeq, kind: missing,
                reason: "la pesée n° \(flow.id) renvoie à une entrée qui n'est pas dans le journal"))
        }
        if let period = periods.current {
            throw Failure(problem: VerifyProblem(seq: period.journalSeq, kind: missing,
                reason: "la clôture de \(period.period) renvoie à une entrée qui n'est pas dans le journal"))
        }
        if let closing = closings.current {
            throw Failure(problem: VerifyProblem(seq: closing.journalSeq, kind: missing,
                reason: "la clôture de la session n° \(closing.sessionId) renvoie à une entrée qui n'est pas dans le journal"))
        }
        if let movement = itemSales.current {
            throw Failure(problem: VerifyProblem(seq: movement.journalSeq, kind: missing,
                reason: "un mouvement d'article en dépôt renvoie à une entrée qui n'est pas dans le journal"))
        }
        if let problem = try masterData.check(db) {
            throw Failure(problem: problem)
        }
        if let problem = try consignment.check(db) {
            throw Failure(problem: problem)
        }
    }

    /// The stock movements under a ticket's entry must be what its épicerie lines took:
    /// per product, the quantity (grams for a line sold by weight), with the sign reversed.
    private static func checkStock(
        _ stock: inout VerifyRows.Lookahead<VerifyRows.StockSale>, lines: [VerifyRows.Line], seq: Int64, number: Int64
    ) throws -> String? {
        let epicerie = lines.contains { $0.activity == "epicerie" && $0.code != nil }
        guard epicerie || stock.current?.journalSeq == seq else { return nil }
        var expected: [String: Int64] = [:]
        for line in lines where line.activity == "epicerie" {
            guard let code = line.code else { continue }
            expected[code, default: 0] -= line.quantity &* (line.weightGrams ?? 1)
        }
        var actual: [String: Int64] = [:]
        while let movement = stock.current, movement.journalSeq == seq {
            actual[movement.product, default: 0] += movement.quantity
            try stock.advance()
        }
        return actual == expected ? nil
            : "les mouvements de stock du ticket n° \(number) ne correspondent pas à ses lignes d'épicerie"
    }

    /// The item movements under a ticket's entry must be its labelled lines: a sale for
    /// each item sold, a return to stock for each item given back.
    private static func checkItems(
        _ items: inout VerifyRows.Lookahead<VerifyRows.ItemSale>, lines: [VerifyRows.Line], seq: Int64, number: Int64
    ) throws -> String? {
        var expected: [String] = []
        for line in lines {
            guard let item = line.itemId else { continue }
            expected.append("\(item):\(line.quantity > 0 ? "vente" : "remboursement")")
        }
        var actual: [String] = []
        while let movement = items.current, movement.journalSeq == seq {
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
            report = try Ledger.sessionReport(db, session: payload.session, upToTicket: payload.lastTicket,
                                              closingsBefore: closing.id, timeZone: timeZone)
        } catch {
            return "le Z de la session n° \(payload.session) ne se recalcule pas (\((error as? LedgerError)?.message ?? "\(error)"))"
        }
        var pieces: [Int64: Int] = [:]
        for (key, n) in payload.pieces { pieces[Int64(key) ?? -1] = n }
        let expected = Ledger.closingPayload(report, count: CashCount(pieces: pieces), comment: payload.comment,
                                             closedBy: payload.closedBy, lastTicket: payload.lastTicket)
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
                                                    closedBy: payload.closedBy, refuseOpen: false)
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
    ) throws -> String? {
        let name = "ticket n° \(ticket.number)"
        // Columns the payload does not carry: they repeat the entry's own fields.
        guard ticket.till == entry.till, ticket.operatorId == entry.operatorId, ticket.at == entry.at else {
            return "le \(name) ne correspond pas au journal (caisse, vendeur ou heure)"
        }
        for (i, line) in lines.enumerated() where line.position != Int64(i + 1) || line.journalSeq != entry.seq {
            return "la ligne \(i + 1) du \(name) ne correspond pas au journal"
        }
        for (i, payment) in payments.enumerated() where payment.position != Int64(i + 1) || payment.journalSeq != entry.seq {
            return "le paiement \(i + 1) du \(name) ne correspond pas au journal"
        }

        if !(writer.exact && Bytes.equal(entry.payload, writer.bytes)) {
            slowComparisons += 1
            guard let payload = CanonicalJSON.decode(TicketPayload.self, from: entry.payload) else {
                return "le contenu de l'entrée est illisible"
            }
            if let reason = Self.difference(payload, ticket: ticket, original: original, lines: lines, payments: payments) {
                return reason
            }
        }

        // The entry must also add up by itself.
        var sum: Int64 = 0
        for (i, line) in lines.enumerated() {
            guard line.amountCents == line.unitPriceCents &* line.quantity else {
                return "la ligne \(i + 1) du \(name) a un montant différent de prix × quantité"
            }
            sum = sum &+ line.amountCents
        }
        let paid = payments.reduce(Int64(0)) { $0 &+ $1.amountCents }
        guard sum == ticket.totalCents, paid == ticket.totalCents else {
            return "le total du \(name) ne correspond pas à ses lignes ou à ses paiements"
        }
        return nil
    }

    /// The first field where rows and payload disagree, in words.
    private static func difference(
        _ payload: TicketPayload, ticket: VerifyRows.Ticket, original: Int64?,
        lines: [VerifyRows.Line], payments: [VerifyRows.Payment]
    ) -> String? {
        let name = "ticket n° \(payload.number)"
        guard payload.number == ticket.number else {
            return "le ticket n° \(ticket.number) de la table porte le n° \(payload.number) dans le journal"
        }
        guard payload.kind == ticket.kind, payload.original == original, payload.session == ticket.sessionId,
              payload.reason == ticket.reason, payload.authorizedBy == ticket.authorizedBy,
              payload.household == ticket.household,
              payload.till == ticket.till, payload.operatorId == ticket.operatorId else {
            return "le \(name) ne correspond pas au journal (type, session, caisse, vendeur ou foyer)"
        }
        for i in 0..<max(payload.lines.count, lines.count) {
            guard i < payload.lines.count else { return "la ligne \(i + 1) du \(name) n'est pas dans le journal" }
            guard i < lines.count else { return "la ligne \(i + 1) du \(name) manque dans la table des lignes" }
            if lines[i].payload != payload.lines[i] { return "la ligne \(i + 1) du \(name) ne correspond pas au journal" }
        }
        for i in 0..<max(payload.payments.count, payments.count) {
            guard i < payload.payments.count else { return "le paiement \(i + 1) du \(name) n'est pas dans le journal" }
            guard i < payments.count else { return "le paiement \(i + 1) du \(name) manque dans la table des paiements" }
            if payments[i].payload != payload.payments[i] { return "le paiement \(i + 1) du \(name) ne correspond pas au journal" }
        }
        guard payload.totalCents == ticket.totalCents else {
            return "le total du \(name) ne correspond pas au journal"
        }
        return nil
    }
}
