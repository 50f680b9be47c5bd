import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

/// A clock a test sets by hand.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var date: Date

    init(_ date: Date) { self.date = date }

    var now: Date {
        get { lock.withLock { date } }
        set { lock.withLock { date = newValue } }
    }

    var source: @Sendable () -> Date { { self.now } }
}

@Suite struct LedgerClockTests {
    /// 14 March 2019 at `hour`:`minute`, Paris time: far from the day the test runs.
    private static func march14(_ hour: Int, _ minute: Int) -> Date {
        CalendarDay(year: 2019, month: 3, day: 14).start(in: Ledger.parisTime)
            .addingTimeInterval(TimeInterval(hour * 3_600 + minute * 60))
    }

    @Test func aLedgerGivenAClockDatesEverythingWithIt() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let clock = ManualClock(Self.march14(9, 0))
        let ledger = try Ledger.open(path: temp.path, pinRounds: 1_000, clock: clock.source)
        defer { try? ledger.close() }
        let admin = try ledger.createUser(firstName: "Jean", pin: "9999", role: .admin, by: nil, till: TestShop.till)
        let session = try ledger.openSession(till: TestShop.till, operatorId: admin.id, float: Money(cents: 5_000))
        #expect(session.openedAt == Self.march14(9, 0))

        clock.now = Self.march14(11, 42)
        let sale = try ledger.commitSale(TestShop.draft([TestShop.tshirt]), till: TestShop.till, operatorId: admin.id,
                                         sessionId: session.id)
        #expect(sale.at == Self.march14(11, 42))

        clock.now = Self.march14(18, 30)
        let z = try ledger.closeSession(session.id, count: CashCount(pieces: [5_000: 1, 100: 1]), comment: nil,
                                        authorizedBy: admin.id, till: TestShop.till)
        #expect(z.closedAt == Self.march14(18, 30))

        // Every journal entry carries one of the clock's three times, none today's.
        let times = Set([9 * 60, 11 * 60 + 42, 18 * 60 + 30].map { Timestamp.string(millis: Timestamp.millis(Self.march14($0 / 60, $0 % 60))) })
        let written = try ledger.read { db in try String.fetchAll(db, sql: "SELECT at FROM journal ORDER BY seq") }
        #expect(!written.isEmpty)
        #expect(written.allSatisfy(times.contains))
        let stored = try ledger.read { db in
            try [String.fetchOne(db, sql: "SELECT opened_at FROM till_sessions"),
                 String.fetchOne(db, sql: "SELECT at FROM tickets"),
                 String.fetchOne(db, sql: "SELECT closed_at FROM session_closings"),
                 String.fetchOne(db, sql: "SELECT value FROM comptoir_meta WHERE key = 'created_at'")]
        }
        #expect(stored == [Timestamp.string(millis: Timestamp.millis(Self.march14(9, 0))),
                           Timestamp.string(millis: Timestamp.millis(Self.march14(11, 42))),
                           Timestamp.string(millis: Timestamp.millis(Self.march14(18, 30))),
                           Timestamp.string(millis: Timestamp.millis(Self.march14(9, 0)))])
        // The day's Z is that day's, and the books still verify.
        #expect(try ledger.sessionReport(session: session.id).total == Money(cents: 100))
        #expect(try ledger.verify().isOK)
    }

    @Test func anExplicitTimeStillWinsOverTheClock() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let clock = ManualClock(Self.march14(9, 0))
        let ledger = try Ledger.open(path: temp.path, pinRounds: 1_000, clock: clock.source)
        defer { try? ledger.close() }
        let admin = try ledger.createUser(firstName: "Jean", pin: "9999", role: .admin, by: nil, till: TestShop.till)
        try ledger.recordLogin(user: admin.id, till: TestShop.till, now: Self.march14(10, 15))
        let last = try #require(try ledger.lastEntry())
        #expect(last.at == Self.march14(10, 15))
    }
}
