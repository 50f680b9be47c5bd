import ComptoirCore
import Foundation
import GRDB

/// Journal payload of `period.closed`: the roll-up of the period's Z's.
struct PeriodClosingPayload: Codable, Equatable {
    var kind: String
    var period: String
    var closedBy: Int64
    var sessions: [Int64]
    var sales: Int64
    var cancellations: Int64
    var refunds: Int64
    var byMethod: [String: Int64]
    var byActivity: [String: Int64]
    var commissionCents: Int64
    var sellersShareCents: Int64
    var countedCents: Int64
    var varianceCents: Int64
    var totalCents: Int64
    var perpetualCents: Int64
    /// The absolute grand totals of the last Z; absent from closings made before they
    /// were kept, whose perpetual total was the highest of their Z's.
    var perpetualSalesCents: Int64? = nil
    var perpetualCounterCents: Int64? = nil

    enum CodingKeys: String, CodingKey {
        case kind, period, sessions, sales, cancellations, refunds
        case closedBy = "closed_by"
        case byMethod = "by_method"
        case byActivity = "by_activity"
        case commissionCents = "commission_cents"
        case sellersShareCents = "sellers_share_cents"
        case countedCents = "counted_cents"
        case varianceCents = "variance_cents"
        case totalCents = "total_cents"
        case perpetualCents = "perpetual_cents"
        case perpetualSalesCents = "perpetual_sales_cents"
        case perpetualCounterCents = "perpetual_counter_cents"
    }
}

extension Ledger {
    /// Closes a month (`2026-11`) or a year (`2026`): rolls up the Z's of the sessions
    /// opened in it, with the perpetual total of the last one. Refused while a session of
    /// the period is open, for a period already closed, or one not yet over.
    public func closePeriod(_ kind: PeriodReport.Kind, _ period: String, authorizedBy: Int64, till: String,
                            now: Date? = nil) throws -> PeriodReport {
        let now = now ?? clock()
        guard kind != .day else {
            throw LedgerError.refused("Un jour se clôture par le Z de chaque caisse (Alt+Z à la caisse).")
        }
        let (first, afterLast) = try Self.bounds(kind, period)
        guard afterLast <= CalendarDay(now, in: timeZone) else {
            throw LedgerError.refused("La période \(period) n'est pas finie : elle se clôture à partir du \(afterLast.french).")
        }
        return try write { db in
            try self.checkActor(db, authorizedBy)
            if let start = try self.firstDay(db), afterLast <= start {
                throw LedgerError.refused("Rien à clôturer en \(period) : le journal de la boutique commence le \(start.french).")
            }
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM period_closings WHERE kind = ? AND period = ?)",
                                 arguments: [kind.rawValue, period]) == true {
                throw LedgerError.refused("La période \(period) est déjà clôturée.")
            }
            let payload = try Self.periodPayload(db, timeZone: self.timeZone, kind, period, first: first, afterLast: afterLast, closedBy: authorizedBy,
                                                 refuseOpen: true)
            let stamp = try self.journal(db, .periodClosed, till: till, operatorId: authorizedBy, payload)
            try db.execute(sql: """
                INSERT INTO period_closings (kind, period, closed_at, closed_by, journal_seq, report) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [kind.rawValue, period, stamp.at, authorizedBy, stamp.seq, try CanonicalJSON.encode(payload)])
            return Self.periodReport(payload)
        }
    }

    /// The oldest month (then year) that is over and not closed, once every session opened
    /// in it has its Z: what the first login of a responsable proposes to close. Nil when
    /// there is none, or when its Z's are not all made (that till closes its session first).
    public func periodDue(now: Date? = nil) throws -> PeriodDue? {
        let now = now ?? clock()
        let today = CalendarDay(now, in: timeZone)
        return try read { db in
            guard let start = try self.firstDay(db) else { return nil }
            let closed = Set(try Row.fetchAll(db, sql: "SELECT kind, period FROM period_closings").map {
                ($0["kind"] as String) + "|" + ($0["period"] as String)
            })
            var candidates: [(PeriodReport.Kind, String)] = []
            var month = CalendarDay(year: start.year, month: start.month, day: 1)
            let thisMonth = CalendarDay(year: today.year, month: today.month, day: 1)
            while month < thisMonth {
                candidates.append((.month, month.isoMonth))
                month = month.adding(months: 1)
            }
            for year in start.year..<today.year { candidates.append((.year, String(year))) }
            guard let (kind, period) = candidates.first(where: { !closed.contains($0.0.rawValue + "|" + $0.1) }) else { return nil }
            let (first, afterLast) = try Self.bounds(kind, period)
            // Its Z's first: without them there is nothing to roll up yet.
            guard try Self.unclosedSessions(db, from: first, to: afterLast, timeZone: self.timeZone) == 0 else { return nil }
            let payload = try Self.periodPayload(db, timeZone: self.timeZone, kind, period, first: first, afterLast: afterLast,
                                                 closedBy: 0, refuseOpen: false)
            return PeriodDue(report: Self.periodReport(payload))
        }
    }

    /// The day of the journal's first entry, where the shop's books begin.
    func firstDay(_ db: Database) throws -> CalendarDay? {
        try String.fetchOne(db, sql: "SELECT at FROM journal ORDER BY seq LIMIT 1")
            .flatMap(Timestamp.date).map { CalendarDay($0, in: timeZone) }
    }

    /// The figures of a day, a month or a year, as its closings would give them: the roll-up
    /// of the Z's of the sessions opened in it; `unclosed` counts its sessions still
    /// without a Z (their sales are not in the figures yet).
    public func periodSummary(_ kind: PeriodReport.Kind, _ period: String) throws -> (report: PeriodReport, unclosed: Int) {
        let (first, afterLast) = try Self.bounds(kind, period)
        return try read { db in
            let payload = kind == .year
                ? try Self.yearSummary(db, timeZone: self.timeZone, period, first: first, afterLast: afterLast)
                : try Self.periodPayload(db, timeZone: self.timeZone, kind, period, first: first, afterLast: afterLast,
                                         closedBy: 0, refuseOpen: false)
            return (Self.periodReport(payload), try Self.unclosedSessions(db, from: first, to: afterLast, timeZone: self.timeZone))
        }
    }

    /// The sessions opened from `first` up to `afterLast` (excluded) still without a Z.
    static func unclosedSessions(_ db: Database, from first: CalendarDay, to afterLast: CalendarDay, timeZone: TimeZone) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM till_sessions s WHERE s.opened_at >= ? AND s.opened_at < ?
            AND NOT EXISTS (SELECT 1 FROM session_closings c WHERE c.session_id = s.id)
            """, arguments: [Timestamp.start(of: first, in: timeZone), Timestamp.start(of: afterLast, in: timeZone)]) ?? 0
    }

    /// The closings made, latest first.
    public func periodClosings() throws -> [PeriodReport] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT report FROM period_closings ORDER BY id DESC").compactMap {
                CanonicalJSON.decode(PeriodClosingPayload.self, from: $0).map(Self.periodReport)
            }
        }
    }

    /// The first day of the period and the first day after it.
    static func bounds(_ kind: PeriodReport.Kind, _ period: String) throws -> (CalendarDay, CalendarDay) {
        switch kind {
        case .day:
            guard let day = CalendarDay(period), day.iso == period else {
                throw LedgerError.refused("Jour « \(period) » : écrivez-le AAAA-MM-JJ, par exemple 2026-12-01.")
            }
            return (day, day.adding(days: 1))
        case .month:
            guard let first = CalendarDay.month(period), first.isoMonth == period else {
                throw LedgerError.refused("Mois « \(period) » : écrivez-le AAAA-MM, par exemple 2026-11.")
            }
            return (first, first.adding(months: 1))
        case .year:
            guard period.count == 4, let year = Int(period), (2000...2999).contains(year) else {
                throw LedgerError.refused("Année « \(period) » : écrivez-la sur quatre chiffres, par exemple 2026.")
            }
            return (CalendarDay(year: year, month: 1, day: 1), CalendarDay(year: year + 1, month: 1, day: 1))
        }
    }

    /// The roll-up of the Z's of sessions opened from `first` up to `afterLast` (excluded).
    /// The perpetual totals are those of the last Z closed (a session netting negative
    /// lowers them); `legacy` recomputes a closing made when they were the highest Z's.
    static func periodPayload(_ db: Database, timeZone: TimeZone, _ kind: PeriodReport.Kind, _ period: String, first: CalendarDay, afterLast: CalendarDay,
                       closedBy: Int64, refuseOpen: Bool, legacy: Bool = false) throws -> PeriodClosingPayload {
        let start = Timestamp.start(of: first, in: timeZone)
        let end = Timestamp.start(of: afterLast, in: timeZone)
        // Any session opened before the period's end, not only in it: a Z made after the
        // closing would change the perpetual totals the closing took from the latest Z.
        if refuseOpen, let open = try Row.fetchOne(db, sql: """
            SELECT s.id, s.till, s.opened_at FROM till_sessions s
            WHERE s.opened_at < ? AND NOT EXISTS (SELECT 1 FROM session_closings c WHERE c.session_id = s.id)
            ORDER BY s.id LIMIT 1
            """, arguments: [end]) {
            let opened = (Timestamp.date(open["opened_at"] as String)).map { CalendarDay($0, in: timeZone).french } ?? "?"
            throw LedgerError.refused("La session n° \(open["id"] as Int64) de la caisse \(open["till"] as String) (ouverte le \(opened)) n'est pas clôturée : faites son Z avant de clôturer \(period).")
        }
        var p = PeriodClosingPayload(kind: kind.rawValue, period: period, closedBy: closedBy, sessions: [], sales: 0,
                                     cancellations: 0, refunds: 0, byMethod: [:], byActivity: [:], commissionCents: 0,
                                     sellersShareCents: 0, countedCents: 0, varianceCents: 0, totalCents: 0, perpetualCents: 0)
        var last: ClosingPayload?
        for text in try String.fetchAll(db, sql: """
            SELECT c.report FROM session_closings c JOIN till_sessions s ON s.id = c.session_id
            WHERE s.opened_at >= ? AND s.opened_at < ? AND c.report IS NOT NULL ORDER BY c.id
            """, arguments: [start, end]) {
            guard let z = CanonicalJSON.decode(ClosingPayload.self, from: text) else {
                throw LedgerError.storage("un Z illisible dans la période \(period)")
            }
            p.sessions.append(z.session)
            p.sales += z.sales
            p.cancellations += z.cancellations
            p.refunds += z.refunds
            for (k, v) in z.byMethod { p.byMethod[k, default: 0] += v }
            for (k, v) in z.byActivity { p.byActivity[k, default: 0] += v }
            p.commissionCents += z.commissionCents
            p.sellersShareCents += z.sellersShareCents
            p.countedCents += z.countedCents
            p.varianceCents += z.varianceCents
            p.totalCents += z.totalCents
            if legacy {
                p.perpetualCents = max(p.perpetualCents, z.perpetualCents)
            } else {
                last = z
            }
        }
        if p.sessions.isEmpty {
            last = try latestZ(db, before: start)
            if legacy { p.perpetualCents = last?.perpetualCents ?? 0 }
        }
        if !legacy { try setPerpetual(db, &p, from: last) }
        return p
    }

    /// No Z in a period: its perpetual totals are the ones of the latest Z before it.
    static func latestZ(_ db: Database, before start: String) throws -> ClosingPayload? {
        try String.fetchOne(db, sql: """
            SELECT c.report FROM session_closings c JOIN till_sessions s ON s.id = c.session_id
            WHERE s.opened_at < ? AND c.report IS NOT NULL ORDER BY c.id DESC LIMIT 1
            """, arguments: [start]).flatMap { CanonicalJSON.decode(ClosingPayload.self, from: $0) }
    }

    /// A period's perpetual totals are its last Z's.
    static func setPerpetual(_ db: Database, _ p: inout PeriodClosingPayload, from last: ClosingPayload?) throws {
        p.perpetualCents = last?.perpetualCents ?? 0
        // A Z from before the absolute totals: they are summed up to its last ticket.
        if let z = last, z.perpetualSalesCents == nil || z.perpetualCounterCents == nil {
            let totals = try Ledger.ticketSums(db, "number <= ?", [z.lastTicket])
            p.perpetualSalesCents = totals.sales
            p.perpetualCounterCents = totals.counter
        } else {
            p.perpetualSalesCents = last?.perpetualSalesCents ?? 0
            p.perpetualCounterCents = last?.perpetualCounterCents ?? 0
        }
    }

    static func periodReport(_ p: PeriodClosingPayload) -> PeriodReport {
        var report = PeriodReport(
            kind: PeriodReport.Kind(rawValue: p.kind) ?? .month, period: p.period, sessions: p.sessions, sales: Int(p.sales),
            cancellations: Int(p.cancellations), refunds: Int(p.refunds),
            byMethod: Dictionary(uniqueKeysWithValues: p.byMethod.compactMap { k, v in PaymentMethod(rawValue: k).map { ($0, Money(cents: v)) } }),
            byActivity: Dictionary(uniqueKeysWithValues: p.byActivity.compactMap { k, v in Activity(rawValue: k).map { ($0, Money(cents: v)) } }),
            commission: Money(cents: p.commissionCents), sellersShare: Money(cents: p.sellersShareCents),
            counted: Money(cents: p.countedCents), variance: Money(cents: p.varianceCents), perpetualTotal: Money(cents: p.perpetualCents))
        report.perpetualSales = p.perpetualSalesCents.map(Money.init(cents:))
        report.perpetualCounterEntries = p.perpetualCounterCents.map(Money.init(cents:))
        return report
    }
}
