import GRDB

/// The money tables whose rows name the journal entry that wrote them, each behind a
/// cursor walked in step with the journal, and `claims`: the one list saying, for each,
/// how its rows are claimed and what `verify` says of a row no entry claimed.
struct JournalCursors {
    typealias R = VerifyRows
    var tickets: R.Lookahead<R.Ticket>
    var lines: R.Lookahead<R.Line>
    var payments: R.Lookahead<R.Payment>
    var sessions: R.Lookahead<R.Session>
    var cash: R.Lookahead<R.CashMovement>
    var stock: R.Lookahead<R.StockMovement>
    var items: R.Lookahead<R.ItemMovement>
    var closings: R.Lookahead<R.Closing>
    var periods: R.Lookahead<R.PeriodClosing>
    var flows: R.Lookahead<R.FriperieFlow>

    /// `lines`: the ticket lines read ahead on another reader of the same state.
    init(_ db: Database, lines prefetched: RowPrefetch<R.Line>? = nil) throws {
        tickets = try .init(db)
        lines = try prefetched.map { try .init($0) } ?? .init(db)
        payments = try .init(db)
        sessions = try .init(db)
        cash = try .init(db)
        stock = try .init(db)
        items = try .init(db)
        closings = try .init(db)
        periods = try .init(db)
        flows = try .init(db)
    }

    /// How a table's rows are tied to the journal.
    enum ClaimedBy: Sendable {
        /// By `journal_seq`: after each entry, a row still naming it (or an earlier one) was
        /// not written by it.
        case entry
        /// By their ticket: lines and payments are consumed while their ticket is read.
        case ticket
    }

    /// One table of `claims`. The texts are only built for the row found unclaimed.
    struct Claim: Sendable {
        let table: String
        let claimedBy: ClaimedBy
        /// The entry the table's next row names; nil once the table is walked through.
        /// Read after every entry: a plain field read, no copy of the row.
        let nextSeq: @Sendable (JournalCursors) -> Int64?
        /// The next row claims the entry just checked, which did not write it.
        let stray: @Sendable (JournalCursors) -> String?
        /// The next row is left once the journal has ended: its entry does not exist.
        let leftover: @Sendable (JournalCursors) -> String?
    }

    /// Checked in this order, after each entry (the rows claimed by entry) and at the end.
    static let claims: [Claim] = [
        Claim(table: R.Ticket.table, claimedBy: .entry, nextSeq: { $0.tickets.current?.journalSeq },
              stray: { $0.tickets.current.map { "le ticket n° \($0.number) est rattaché à cette entrée, qui n'enregistre pas ce ticket" } },
              leftover: { $0.tickets.current.map { "le ticket n° \($0.number) renvoie à une entrée qui n'est pas dans le journal" } }),
        Claim(table: R.Line.table, claimedBy: .ticket, nextSeq: { $0.lines.current?.journalSeq },
              stray: { _ in nil },
              leftover: { $0.lines.current.map { "une ligne enregistrée (ticket interne \($0.ticketId)) n'appartient à aucun ticket du journal" } }),
        Claim(table: R.Payment.table, claimedBy: .ticket, nextSeq: { $0.payments.current?.journalSeq },
              stray: { _ in nil },
              leftover: { $0.payments.current.map { "un paiement enregistré (ticket interne \($0.ticketId)) n'appartient à aucun ticket du journal" } }),
        Claim(table: R.Session.table, claimedBy: .entry, nextSeq: { $0.sessions.current?.journalSeq },
              stray: { $0.sessions.current.map { "la session n° \($0.id) est rattachée à cette entrée, qui n'ouvre pas cette session" } },
              leftover: { $0.sessions.current.map { "la session n° \($0.id) renvoie à une entrée qui n'est pas dans le journal" } }),
        Claim(table: R.CashMovement.table, claimedBy: .entry, nextSeq: { $0.cash.current?.journalSeq },
              stray: { $0.cash.current.map { "un mouvement de caisse (\($0.kind), \($0.amountCents) centimes) est rattaché à cette entrée, qui ne l'enregistre pas" } },
              leftover: { $0.cash.current.map { _ in "un mouvement de caisse renvoie à une entrée qui n'est pas dans le journal" } }),
        Claim(table: R.StockMovement.table, claimedBy: .entry, nextSeq: { $0.stock.current?.journalSeq },
              stray: { $0.stock.current.map { "un mouvement de stock (\($0.product)) est rattaché à cette entrée, qui ne l'enregistre pas" } },
              leftover: { $0.stock.current.map { "un mouvement de stock (\($0.product)) renvoie à une entrée qui n'est pas dans le journal" } }),
        Claim(table: R.FriperieFlow.table, claimedBy: .entry, nextSeq: { $0.flows.current?.journalSeq },
              stray: { $0.flows.current.map { "la pesée n° \($0.id) est rattachée à cette entrée, qui ne l'enregistre pas" } },
              leftover: { $0.flows.current.map { "la pesée n° \($0.id) renvoie à une entrée qui n'est pas dans le journal" } }),
        Claim(table: R.PeriodClosing.table, claimedBy: .entry, nextSeq: { $0.periods.current?.journalSeq },
              stray: { $0.periods.current.map { "la clôture de \($0.period) est rattachée à cette entrée, qui ne la fait pas" } },
              leftover: { $0.periods.current.map { "la clôture de \($0.period) renvoie à une entrée qui n'est pas dans le journal" } }),
        Claim(table: R.Closing.table, claimedBy: .entry, nextSeq: { $0.closings.current?.journalSeq },
              stray: { $0.closings.current.map { "la clôture de la session n° \($0.sessionId) est rattachée à cette entrée, qui ne la fait pas" } },
              leftover: { $0.closings.current.map { "la clôture de la session n° \($0.sessionId) renvoie à une entrée qui n'est pas dans le journal" } }),
        Claim(table: R.ItemMovement.table, claimedBy: .entry, nextSeq: { $0.items.current?.journalSeq },
              stray: { $0.items.current.map { "un mouvement d'article en dépôt (article interne \($0.item)) est rattaché à cette entrée, qui ne l'enregistre pas" } },
              leftover: { $0.items.current.map { _ in "un mouvement d'article en dépôt renvoie à une entrée qui n'est pas dans le journal" } }),
    ]

    /// The first row claiming entry `seq` (or an earlier one) although that entry did not
    /// write it: its table and the problem.
    func stray(through seq: Int64, _ claims: [Claim]) -> (table: String, reason: String)? {
        for claim in claims where claim.claimedBy == .entry {
            if let next = claim.nextSeq(self), next <= seq, let reason = claim.stray(self) { return (claim.table, reason) }
        }
        return nil
    }

    /// The first row left once the whole journal is walked: the entry it names, its table
    /// and the problem.
    func leftover(_ claims: [Claim]) -> (seq: Int64, table: String, reason: String)? {
        for claim in claims {
            if let next = claim.nextSeq(self), let reason = claim.leftover(self) { return (next, claim.table, reason) }
        }
        return nil
    }
}
