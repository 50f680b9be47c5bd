import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

/// The grand totals a closing carries, and the month or year a responsable is asked to close.
@Suite struct PeriodDueTests {
    private func z(_ shop: TestShop, _ session: Int64, cents: Int64) throws -> SessionReport {
        try shop.ledger.closeSession(session, count: CashCount(pieces: cents > 0 ? [cents: 1] : [:]), comment: nil,
                                     authorizedBy: shop.admin.id, till: TestShop.till).report
    }

    @Test func aSessionNettingNegativeLowersThePerpetualTotalAndTheAbsoluteTotalsKeepBothSides() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let today = CalendarDay(Date(), in: shop.ledger.timeZone)
        let later = today.adding(months: 13).start(in: shop.ledger.timeZone)
        let sold = try shop.sell([TestShop.pull])  // 5,00
        let first = try z(shop, shop.session.id, cents: 10_000)
        #expect(first.perpetualTotal == Money(cents: 500))
        #expect(first.perpetualSales == Money(cents: 500) && first.perpetualCounterEntries == .zero)
        // The next session only refunds: it nets -5,00.
        let second = try shop.ledger.openSession(till: TestShop.till, operatorId: shop.benevole.id, float: Money(cents: 5_000))
        _ = try shop.ledger.refund(RefundRequest(number: sold.number, items: [.init(position: 1, quantity: 2)], method: .cash,
                                                 amount: Money(cents: 500)),
                                   reason: "taché", authorizedBy: shop.admin.id, till: TestShop.till,
                                   operatorId: shop.benevole.id, sessionId: second.id)
        let zTwo = try z(shop, second.id, cents: 0)
        #expect(zTwo.total == Money(cents: -500) && zTwo.perpetualTotal == .zero)
        #expect(zTwo.perpetualSales == Money(cents: 500) && zTwo.perpetualCounterEntries == Money(cents: 500))
        // The Z read back for a reprint says the same.
        let reread = try #require(try shop.ledger.closing(session: second.id)).report
        #expect(reread.perpetualSales == Money(cents: 500) && reread.perpetualCounterEntries == Money(cents: 500))
        // The month's perpetual total is its last Z's, not the highest.
        let month = try shop.ledger.closePeriod(.month, today.isoMonth, authorizedBy: shop.admin.id, till: TestShop.till, now: later)
        #expect(month.perpetualTotal == .zero)
        #expect(month.perpetualSales == Money(cents: 500) && month.perpetualCounterEntries == Money(cents: 500))
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func withTwoTillsEachZAddsItsOwnSessionOnly() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let other = try shop.ledger.openSession(till: "caisse-2", operatorId: shop.admin.id, float: .zero)
        try shop.sell([TestShop.pull])  // 5,00 at caisse-1
        _ = try shop.ledger.commitSale(TestShop.draft([TestShop.tshirt, TestShop.tshirt]), till: "caisse-2",
                                       operatorId: shop.admin.id, sessionId: other.id)  // 2,00 at caisse-2
        // The running sum of the Z's grand totals: caisse-2's ticket waits for its own Z.
        let first = try z(shop, shop.session.id, cents: 10_000)
        #expect(first.perpetualTotal == Money(cents: 500) && first.perpetualSales == Money(cents: 500))
        let second = try shop.ledger.closeSession(other.id, count: CashCount(pieces: [200: 1]), comment: nil,
                                                  authorizedBy: shop.admin.id, till: "caisse-2").report
        #expect(second.perpetualTotal == Money(cents: 700) && second.perpetualSales == Money(cents: 700))
        #expect(try shop.ledger.verify().isOK)
    }

    /// A Z written before the absolute totals (no such keys in its entry) still verifies by
    /// its own rule, and the next Z takes its absolute totals from the tickets it covered.
    @Test func aZFromBeforeTheAbsoluteTotalsStillVerifies() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.sell([TestShop.pull])  // 5,00
        _ = try z(shop, shop.session.id, cents: 10_000)
        let seq = try #require(try shop.ledger.rawInt("SELECT journal_seq FROM session_closings"))
        let keys = "\"perpetual_counter_cents\":0,\"perpetual_sales_cents\":500,"
        #expect(try shop.ledger.rawString("SELECT payload FROM journal WHERE seq = \(seq)")?.contains(keys) == true)
        try ChainForger.rewritePayload(path: shop.path, seq: seq, replacing: keys, with: "", table: "session_closings",
                                       rows: "UPDATE session_closings SET report = replace(report, '\(keys)', '')")
        let old = try Ledger.open(path: shop.path, pinRounds: 1_000)
        defer { try? old.close() }
        #expect(try old.verify().isOK)
        let next = try old.openSession(till: TestShop.till, operatorId: shop.benevole.id, float: .zero)
        _ = try old.commitSale(TestShop.draft([TestShop.tshirt]), till: TestShop.till, operatorId: shop.benevole.id, sessionId: next.id)
        let after = try old.closeSession(next.id, count: CashCount(pieces: [100: 1]), comment: nil, authorizedBy: shop.admin.id,
                                         till: TestShop.till).report
        #expect(after.perpetualTotal == Money(cents: 600) && after.perpetualSales == Money(cents: 600))
        #expect(try old.verify().isOK)
    }

    @Test func aPeriodBeforeTheFirstEntryCannotBeClosed() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let today = CalendarDay(Date(), in: shop.ledger.timeZone)
        let before = today.adding(months: -1)
        #expect(refusal { _ = try shop.ledger.closePeriod(.month, before.isoMonth, authorizedBy: shop.admin.id, till: TestShop.till) }
                == "Rien à clôturer en \(before.isoMonth) : le journal de la boutique commence le \(today.french).")
        #expect(refusal { _ = try shop.ledger.closePeriod(.year, String(today.year - 1), authorizedBy: shop.admin.id, till: TestShop.till) }?
                .hasPrefix("Rien à clôturer en \(today.year - 1)") == true)
    }

    /// A month is not closed while an earlier session has no Z: that Z, made later, would
    /// change the perpetual totals the closing took from the latest Z before it.
    @Test func aMonthIsNotClosedWhileAnEarlierSessionHasNoZ() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let zone = shop.ledger.timeZone
        let today = CalendarDay(Date(), in: zone)
        let nextMonth = CalendarDay(year: today.year, month: today.month, day: 1).adding(months: 1)
        let inTwoMonths = nextMonth.adding(months: 1).start(in: zone)
        try shop.sell([TestShop.pull])
        let refused = refusal { _ = try shop.ledger.closePeriod(.month, nextMonth.isoMonth, authorizedBy: shop.admin.id,
                                                                till: TestShop.till, now: inTwoMonths) }
        #expect(refused?.hasPrefix("La session n° \(shop.session.id) de la caisse \(TestShop.till)") == true, "\(refused ?? "accepted")")
        _ = try z(shop, shop.session.id, cents: 10_000)
        _ = try shop.ledger.closePeriod(.month, today.isoMonth, authorizedBy: shop.admin.id, till: TestShop.till, now: inTwoMonths)
        let empty = try shop.ledger.closePeriod(.month, nextMonth.isoMonth, authorizedBy: shop.admin.id, till: TestShop.till, now: inTwoMonths)
        #expect(empty.sessions.isEmpty && empty.perpetualTotal == Money(cents: 500), "the latest Z's running total")
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func theOldestMonthOverWithAllItsZsIsDueThenTheNextThenTheYear() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let zone = shop.ledger.timeZone
        let today = CalendarDay(Date(), in: zone)
        // Nothing is over yet.
        #expect(try shop.ledger.periodDue() == nil)
        let nextMonth = CalendarDay(year: today.year, month: today.month, day: 1).adding(months: 1)
        let inTwoMonths = nextMonth.adding(months: 1).start(in: zone)
        try shop.sell([TestShop.pull])
        // This month is over, but its session has no Z: nothing is asked.
        #expect(try shop.ledger.periodDue(now: inTwoMonths) == nil)
        _ = try z(shop, shop.session.id, cents: 10_000)
        let due = try #require(try shop.ledger.periodDue(now: inTwoMonths))
        #expect(due.kind == .month && due.period == today.isoMonth && due.report.total == Money(cents: 500))
        #expect(due.named == "le mois de \(CalendarDay.month(today.isoMonth)!.frenchMonth)")
        _ = try shop.ledger.closePeriod(.month, due.period, authorizedBy: shop.admin.id, till: TestShop.till, now: inTwoMonths)
        // The next month, without sessions, is over too: due, with nothing in it.
        let next = try #require(try shop.ledger.periodDue(now: inTwoMonths))
        #expect(next.kind == .month && next.period == nextMonth.isoMonth && next.report.sessions.isEmpty)
        _ = try shop.ledger.closePeriod(.month, next.period, authorizedBy: shop.admin.id, till: TestShop.till, now: inTwoMonths)
        if nextMonth.year == today.year {
            #expect(try shop.ledger.periodDue(now: inTwoMonths) == nil, "the year is not over")
        }
        // A year later, the months in between first, the year after all of them.
        let nextYear = CalendarDay(year: today.year + 1, month: 1, day: 2).start(in: zone)
        var asked: [String] = []
        while let due = try shop.ledger.periodDue(now: nextYear), asked.count < 30 {
            asked.append(due.period)
            _ = try shop.ledger.closePeriod(due.kind, due.period, authorizedBy: shop.admin.id, till: TestShop.till, now: nextYear)
        }
        #expect(asked.last == String(today.year))
        #expect(asked.dropLast().allSatisfy { $0.count == 7 && $0 > nextMonth.isoMonth && $0.hasPrefix(String(today.year)) })
        #expect(try shop.ledger.verify().isOK)
    }
}
