import ComptoirCore
import ComptoirLedger
import Foundation

/// A shop's years written day by day through the ledger's public API, with the ledger's
/// clock advanced as the days go: each open day, each till opens a session with its float,
/// rings up about `ticketsPerDay` tickets (the mix of `HistoryGenerator`: friperie,
/// épicerie visits of households whose rights are renewed every six months, items of the
/// vide-greniers boxes, rented four weeks at a time), the back door weighs its bags, and
/// each till makes its Z; months and years are closed (but the last December and the last
/// year), a backup is made each week.
///
/// The history ends on 31 December 2025 whatever the day it is generated: seeded and
/// dated alike, two runs write the same books (the shop's random fingerprint and keys aside).
struct YearsGenerator {
    var years: Int
    var seed: UInt64 = 2026
    var openDaysPerYear = 300
    /// Tickets a till rings up in a day, on average (± 20 %).
    var ticketsPerDay = 100
    var householdCount = 1_500
    var productCount = BenchShop.productCount
    /// Where a copy of the ledger is written once year 1 is over, before its December is
    /// closed: the same shop with one year of history, to compare against.
    var firstYearCopy: String?
    /// Where the weekly backups go (only the last is kept).
    var backupFolder: String?

    static let lastYear = 2025
    var firstYear: Int { Self.lastYear - years + 1 }

    struct Outcome {
        var tickets = 0
        var lines = 0
        var sessions = 0
        var backups = 0
        var duration: Duration = .zero
        /// Timed on the generation's file system, by year of the history.
        var zs: [Int: Samples] = [:]
        var monthClosings: [Int: Samples] = [:]
        var yearClosings: [Int: Duration] = [:]
        var lastCommits = Samples()
    }

    /// Each day's times: sessions open at 9:00, tickets from 9:30 to 18:00, Z's at 18:30.
    private static let opening = 9 * 3_600.0, firstTicket = 9.5 * 3_600, lastTicket = 18 * 3_600.0, closing = 18.5 * 3_600

    func run(path: String, progress: (String) -> Void) throws -> Outcome {
        let timer = ContinuousClock()
        let start = timer.now
        let zone = Ledger.parisTime
        let firstDay = CalendarDay(year: firstYear, month: 1, day: 1)
        let clock = BenchClock(firstDay.start(in: zone).addingTimeInterval(8 * 3_600))
        func set(_ day: CalendarDay, _ seconds: Double) { clock.now = day.start(in: zone).addingTimeInterval(seconds) }

        let ledger = try Ledger.open(path: path, pinRounds: 1_000, timeZone: zone, clock: clock.source)
        defer { try? ledger.close() }
        let setupTill = BenchShop.tills[0].name
        try DemoShop.seed(ledger, till: setupTill)
        for i in 0..<productCount { try ledger.addProduct(BenchShop.product(i), by: nil, till: setupTill) }
        let households = (0..<householdCount).map { BenchShop.household($0, today: firstDay) }
        _ = try ledger.importHouseholds(households.enumerated().map { CSVEntry(line: $0.offset + 2, value: $0.element) },
                                        by: nil, till: setupTill)
        let figures = households.map { HouseholdFigures($0, rules: .standard) }
        var rightsTo = households.map(\.rightsTo)
        var lastVisit = [CalendarDay?](repeating: nil, count: households.count)
        var used = [Money](repeating: .zero, count: households.count)
        var usedMonth = ""

        let users = try ledger.users(includeInactive: false)
        guard let manager = users.first(where: { $0.role.isManager }) else { throw BenchError("la boutique n'a pas de responsable") }
        let tills = BenchShop.tills.map { till in (till, (users.first { $0.firstName == till.openedBy } ?? manager).id) }
        let sellers = try saveBoxesAndSellers(ledger, manager: manager.id)
        // Staggered: a few rentals end every week.
        var rentals = try sellers.indices.map { box in
            try rent(ledger, box: box, seller: sellers[box], from: firstDay.adding(days: -(box % 28)), manager: manager.id)
        }
        let factory = TicketFactory(categories: try ledger.categories())

        var rng = SplitMix64(seed: seed)
        var outcome = Outcome()
        let totalDays = years * openDaysPerYear
        var daysDone = 0
        var closedThrough = CalendarDay(year: firstYear, month: 1, day: 1)  // first month not yet closed
        var lastBackupWeek: CalendarDay?

        /// Year 1 as it stands before its December is closed (the benchmark closes it).
        var copied = false
        func copyFirstYear() throws {
            guard let firstYearCopy, !copied else { return }
            try? FileManager.default.removeItem(atPath: firstYearCopy)
            try ledger.backup(toFile: firstYearCopy)
            copied = true
        }

        /// Closes every month before `day`'s (and a year once its December is closed).
        func closePeriods(before day: CalendarDay) throws {
            while closedThrough.adding(months: 1) <= day.firstOfMonth {
                let month = closedThrough
                set(day, 8 * 3_600)
                if month.month == 12 && month.year == firstYear { try copyFirstYear() }
                let t0 = timer.now
                _ = try ledger.closePeriod(.month, month.isoMonth, authorizedBy: manager.id, till: setupTill)
                outcome.monthClosings[month.year, default: Samples()].append(timer.now - t0)
                if month.month == 12 {
                    let t1 = timer.now
                    _ = try ledger.closePeriod(.year, String(month.year), authorizedBy: manager.id, till: setupTill)
                    outcome.yearClosings[month.year] = timer.now - t1
                }
                closedThrough = month.adding(months: 1)
            }
        }

        for year in firstYear...Self.lastYear {
            for day in OpenDays.of(year: year, count: openDaysPerYear) {
                try closePeriods(before: day)
                if day.isoMonth != usedMonth {
                    usedMonth = day.isoMonth
                    used = [Money](repeating: .zero, count: households.count)
                }
                // Rentals that ended are followed by the next seller's four weeks.
                for (box, rental) in rentals.enumerated() where rental.to < day {
                    set(day, Self.opening - 600)
                    rentals[box] = try rent(ledger, box: box, seller: sellers[box], from: day, manager: manager.id)
                }
                // Sessions open with their float.
                set(day, Self.opening)
                var sessions: [(name: String, operatorId: Int64, session: Int64, tickets: Int)] = []
                for (till, operatorId) in tills {
                    let session = try ledger.openSession(till: till.name, operatorId: operatorId, float: Money(cents: till.floatCents))
                    let n = ticketsPerDay * Int.random(in: 80...120, using: &rng) / 100
                    sessions.append((till.name, operatorId, session.id, max(n, 1)))
                }
                // The back door: three bags in, one out.
                set(day, Self.opening + 1_800)
                for bag in 0..<4 {
                    let family = FriperieFamily.allCases[Int.random(in: 0..<FriperieFamily.allCases.count, using: &rng)]
                    let grams = Int.random(in: 500...15_000, using: &rng)
                    let flow = bag < 3
                        ? FriperieFlow(direction: .intake, family: family, grams: grams,
                                       origin: DonationOrigin.allCases[Int.random(in: 0..<DonationOrigin.allCases.count, using: &rng)])
                        : FriperieFlow(direction: .outflow, family: family, grams: grams,
                                       destination: OutflowDestination.allCases[Int.random(in: 0..<OutflowDestination.allCases.count, using: &rng)])
                    try ledger.recordFlow(flow, by: sessions[0].operatorId, till: sessions[0].name)
                }
                // The day's tickets, the three tills side by side.
                let most = sessions.map(\.tickets).max()!
                let step = (Self.lastTicket - Self.firstTicket) / Double(most)
                for i in 0..<most {
                    set(day, Self.firstTicket + Double(i) * step)
                    for till in sessions where i < till.tickets {
                        var draft = factory.draft(using: &rng)
                        if Int.random(in: 0..<7, using: &rng) == 0 {
                            let h = Int.random(in: 0..<households.count, using: &rng)
                            if let rate = figures[h].rate, lastVisit[h].map({ $0.adding(days: 7) <= day }) ?? true {
                                let visit = factory.epicerieDraft(household: Int64(h + 1), rate: rate, products: productCount, using: &rng)
                                let market = visit.lines.reduce(Money.zero) { $0 + $1.marketAmount }
                                if used[h] + market <= figures[h].cap {
                                    if rightsTo[h] < day {
                                        rightsTo[h] = try ledger.renewRights(number: Int64(h + 1), today: day, by: manager.id,
                                                                             till: till.name).rightsTo
                                    }
                                    used[h] += market
                                    lastVisit[h] = day
                                    draft = visit
                                }
                            }
                        }
                        if Int.random(in: 0..<20, using: &rng) == 0 {
                            let rental = rentals[Int.random(in: 0..<rentals.count, using: &rng)]
                            let item = try ledger.registerItem(rental: rental.id, description: "Objet \(outcome.tickets)",
                                                               price: Money(cents: Int64.random(in: 50...4_000, using: &rng)),
                                                               today: day, by: till.operatorId, till: till.name)
                            var lines = draft.lines
                            lines.append(try ledger.saleLine(label: item.code.barcode))
                            let total = lines.reduce(Money.zero) { $0 + $1.amount }
                            draft = TicketDraft(lines: lines, payments: [try Payment.cash(total: total, given: total).get()],
                                                household: draft.household, stockAccepted: draft.stockAccepted)
                        }
                        outcome.lines += draft.lines.count
                        let before = timer.now
                        _ = try ledger.commitSale(draft, till: till.name, operatorId: till.operatorId, sessionId: till.session)
                        let took = timer.now - before
                        if year == Self.lastYear {
                            if outcome.lastCommits.count == 200 { outcome.lastCommits = Samples(Array(outcome.lastCommits.durations.dropFirst())) }
                            outcome.lastCommits.append(took)
                        }
                        outcome.tickets += 1
                    }
                }
                // Each till counts its drawer and makes its Z.
                set(day, Self.closing)
                for till in sessions {
                    let expected = try ledger.sessionReport(session: till.session).expectedCash
                    let t0 = timer.now
                    _ = try ledger.closeSession(till.session, count: Self.count(expected), comment: nil,
                                                authorizedBy: manager.id, till: till.name)
                    outcome.zs[year, default: Samples()].append(timer.now - t0)
                    outcome.sessions += 1
                }
                // A backup on the week's last open day.
                if let backupFolder, lastBackupWeek != day.monday {
                    lastBackupWeek = day.monday
                    set(day, Self.closing + 900)
                    try ledger.backup(toFolder: backupFolder, keep: 1)
                    outcome.backups += 1
                }
                daysDone += 1
                if daysDone % max(totalDays / 20, 1) == 0 || daysDone == totalDays {
                    let elapsed = (timer.now - start).seconds
                    progress("  \(day.iso) — \(outcome.tickets) tickets, \(outcome.sessions) Z — "
                        + "\(Int(Double(outcome.tickets) / max(elapsed, 1e-9))) tickets/s")
                }
            }
        }
        // The last November is closed; the last December and year are left to the
        // benchmark, which measures their closing.
        try closePeriods(before: CalendarDay(year: Self.lastYear, month: 12, day: 31))
        try copyFirstYear()
        outcome.duration = timer.now - start
        return outcome
    }

    /// The drawer counted exactly: the fewest notes and coins.
    static func count(_ amount: Money) -> CashCount {
        var rest = max(amount.cents, 0)
        var pieces: [Int64: Int] = [:]
        for value in CashCount.denominations where rest >= value {
            pieces[value] = Int(rest / value)
            rest %= value
        }
        return CashCount(pieces: pieces)
    }

    /// The vide-greniers boxes (V01…) and their sellers, one each; the sellers' ids.
    private func saveBoxesAndSellers(_ ledger: Ledger, manager: Int64) throws -> [Int64] {
        try (1...BenchShop.sellerCount).map { n in
            try ledger.saveBox(Box(code: String(format: "V%02d", n), size: "étagère", weeklyRent: Money(cents: 500),
                                   monthlyRent: Money(cents: 1_500)), by: manager, till: BenchShop.tills[0].name)
            return try ledger.saveSeller(Seller(lastName: "Déposant \(n)", firstName: "Bench", document: .identityCard,
                                                documentNumber: "BENCH\(n)", address: "\(n) rue du Marché, 62300 Lens",
                                                documentIssuedOn: CalendarDay(year: 2015, month: 1 + n % 12, day: 1 + n % 28),
                                                documentAuthority: "Préfecture"), by: manager, till: BenchShop.tills[0].name).id
        }
    }

    /// Four weeks of box `box` for its seller.
    private func rent(_ ledger: Ledger, box: Int, seller sellerId: Int64, from: CalendarDay, manager: Int64) throws -> (id: Int64, to: CalendarDay) {
        let to = from.adding(days: 27)
        let summary = try ledger.signRental(Rental(sellerId: sellerId, boxCode: String(format: "V%02d", box + 1), from: from, to: to,
                                                   rent: Money(cents: 1_500), rentPayment: .deducted),
                                            by: manager, till: BenchShop.tills[0].name)
        return (summary.rental.id, to)
    }
}
