import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

/// `report year` reads the closed months' closings instead of every Z: it must give what
/// the roll-up of the year's Z's (what the year's closing makes and `verify` checks) gives.
@Suite struct YearSummaryTests {
    private static func day(_ month: Int, _ day: Int, _ hour: Int) -> Date {
        CalendarDay(year: 2019, month: month, day: day).start(in: Ledger.parisTime).addingTimeInterval(TimeInterval(hour * 3_600))
    }

    @Test func theYearFromItsMonthsClosingsIsTheRollUpOfItsZs() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let clock = ManualClock(Self.day(1, 7, 9))
        let ledger = try Ledger.open(path: temp.path, pinRounds: 1_000, clock: clock.source)
        defer { try? ledger.close() }
        let admin = try ledger.createUser(firstName: "Jean", pin: "9999", role: .admin, by: nil, till: TestShop.till)
        // A day in each of the first five months; January's session is closed on 1 February.
        let days: [(open: Date, close: Date, sales: Int)] = [
            (Self.day(1, 31, 9), Self.day(2, 1, 10), 3), (Self.day(2, 12, 9), Self.day(2, 12, 18), 2),
            (Self.day(3, 5, 9), Self.day(3, 5, 18), 4), (Self.day(4, 9, 9), Self.day(4, 9, 18), 1),
            (Self.day(5, 21, 9), Self.day(5, 21, 18), 2),
        ]
        for d in days {
            clock.now = d.open
            let session = try ledger.openSession(till: TestShop.till, operatorId: admin.id, float: Money(cents: 5_000))
            var cash: Int64 = 0
            for i in 0..<d.sales {
                clock.now = d.open.addingTimeInterval(TimeInterval(600 * (i + 1)))
                let sale = try ledger.commitSale(TestShop.draft(i % 2 == 0 ? [TestShop.tshirt] : [TestShop.pull]), till: TestShop.till,
                                                 operatorId: admin.id, sessionId: session.id)
                cash += sale.total.cents
            }
            clock.now = d.close
            _ = try ledger.closeSession(session.id, count: CashCount(pieces: [5_000: 1, 1: Int(cash)]), comment: nil,
                                        authorizedBy: admin.id, till: TestShop.till)
        }
        clock.now = Self.day(6, 3, 9)
        func rollUp() throws -> PeriodClosingPayload {
            try ledger.read { db in
                try Ledger.periodPayload(db, timeZone: ledger.timeZone, .year, "2019", first: CalendarDay(year: 2019, month: 1, day: 1),
                                         afterLast: CalendarDay(year: 2020, month: 1, day: 1), closedBy: 0, refuseOpen: false)
            }
        }
        func sameFigures(_ a: PeriodReport, _ b: PeriodClosingPayload) -> Bool {
            let r = Ledger.periodReport(b)
            return a.sales == r.sales && a.total == r.total && a.byMethod == r.byMethod && a.byActivity == r.byActivity
                && Set(a.sessions) == Set(r.sessions) && a.sessions.count == r.sessions.count && a.counted == r.counted
                && a.variance == r.variance && a.perpetualTotal == r.perpetualTotal && a.perpetualSales == r.perpetualSales
                && a.perpetualCounterEntries == r.perpetualCounterEntries
        }
        // No month closed: the Z's themselves.
        let expected = try rollUp()
        #expect(expected.sessions.count == 5 && expected.sales == 12)
        #expect(sameFigures(try ledger.periodSummary(.year, "2019").report, expected))
        // January to April closed: their closings, May's Z.
        for month in ["2019-01", "2019-02", "2019-03", "2019-04"] {
            _ = try ledger.closePeriod(.month, month, authorizedBy: admin.id, till: TestShop.till)
        }
        let fromClosings = try ledger.periodSummary(.year, "2019")
        #expect(fromClosings.unclosed == 0)
        #expect(sameFigures(fromClosings.report, expected), "\(fromClosings.report) \(expected)")
        #expect(fromClosings.report.perpetualTotal.cents > 0)
        // The year closed: its closing, the same figures.
        clock.now = CalendarDay(year: 2020, month: 1, day: 2).start(in: Ledger.parisTime)
        let closed = try ledger.closePeriod(.year, "2019", authorizedBy: admin.id, till: TestShop.till)
        #expect(sameFigures(closed, expected))
        #expect(sameFigures(try ledger.periodSummary(.year, "2019").report, expected))
        #expect(try ledger.verify().isOK)
    }
}
