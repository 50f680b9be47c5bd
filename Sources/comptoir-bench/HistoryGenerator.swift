import ComptoirCore
import ComptoirLedger
import Foundation

/// Fills a new ledger with years of history through the till's own path: the demo shop,
/// an épicerie catalogue and its households, three open tills, then `tickets` sales, each
/// one `Ledger.commitSale` in its own durable transaction. About one sale in seven is an
/// épicerie visit by an eligible household, priced at its rate, within its monthly cap;
/// about one in twenty also sells a vide-greniers item, registered just before in one of
/// the sellers' rented boxes.
struct HistoryGenerator {
    var tickets: Int
    var seed: UInt64 = 2026

    struct Outcome {
        var tickets: Int
        var lines: Int
        var duration: Duration
        /// The last commits (up to 200), timed one by one: at the end of a long history,
        /// on the generation's file system.
        var lastCommits: Samples
    }

    func run(path: String, progress: (String) -> Void) throws -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        // PINs are hashed with few rounds: the accounts are not what is measured.
        let ledger = try Ledger.open(path: path, pinRounds: 1_000)
        defer { try? ledger.close() }

        try DemoShop.seed(ledger, till: BenchShop.tills[0].name)
        for i in 0..<BenchShop.productCount {
            try ledger.addProduct(BenchShop.product(i), by: nil, till: BenchShop.tills[0].name)
        }
        let today = CalendarDay(Date(), in: ledger.timeZone)
        let households = (0..<BenchShop.householdCount).map { BenchShop.household($0, today: today) }
        _ = try ledger.importHouseholds(households.enumerated().map { CSVEntry(line: $0.offset + 2, value: $0.element) },
                                        by: nil, till: BenchShop.tills[0].name)
        // What the rules make of each household, and what it used of its cap (all the
        // generated history falls in this month).
        let figures = households.map { HouseholdFigures($0, rules: .standard) }
        var used = [Money](repeating: .zero, count: households.count)
        let rentals = try BenchShop.rentBoxes(ledger, today: today)
        let tills = try BenchShop.openTills(ledger)
        let pickTill = Weighted(zip(tills, BenchShop.tills).map { ($0, $1.share) })
        let factory = TicketFactory(categories: try ledger.categories())

        var rng = SplitMix64(seed: seed)
        var lines = 0
        var lastCommits = Samples()
        let timedFrom = tickets - min(tickets, 200)
        let step = max(tickets / 10, 1)
        for i in 0..<tickets {
            let till = pickTill.pick(using: &rng)
            var draft = factory.draft(using: &rng)
            if Int.random(in: 0..<7, using: &rng) == 0 {
                let h = Int.random(in: 0..<households.count, using: &rng)
                if let rate = figures[h].rate {
                    let visit = factory.epicerieDraft(household: Int64(h + 1), rate: rate, using: &rng)
                    let market = visit.lines.reduce(Money.zero) { $0 + $1.marketAmount }
                    if used[h] + market <= figures[h].cap {
                        used[h] += market
                        draft = visit
                    }
                }
            }
            if Int.random(in: 0..<20, using: &rng) == 0 {
                let rental = rentals[Int.random(in: 0..<rentals.count, using: &rng)]
                let item = try ledger.registerItem(rental: rental, description: "Objet \(i)",
                                                   price: Money(cents: Int64.random(in: 50...4_000, using: &rng)),
                                                   today: today, by: till.operatorId, till: till.name)
                var lines = draft.lines
                lines.append(try ledger.saleLine(label: item.code.barcode))
                let total = lines.reduce(Money.zero) { $0 + $1.amount }
                draft = TicketDraft(lines: lines, payments: [try Payment.cash(total: total, given: total).get()],
                                    household: draft.household, stockAccepted: draft.stockAccepted)
            }
            lines += draft.lines.count
            let before = clock.now
            _ = try ledger.commitSale(draft, till: till.name, operatorId: till.operatorId, sessionId: till.sessionId)
            if i >= timedFrom { lastCommits.append(clock.now - before) }
            if (i + 1) % step == 0 || i + 1 == tickets {
                let elapsed = (clock.now - start).seconds
                progress("  \(i + 1) / \(tickets) tickets — \(Int(Double(i + 1) / max(elapsed, 1e-9))) tickets/s")
            }
        }
        return Outcome(tickets: tickets, lines: lines, duration: clock.now - start, lastCommits: lastCommits)
    }
}
