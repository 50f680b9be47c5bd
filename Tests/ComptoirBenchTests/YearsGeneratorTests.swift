import ComptoirCore
import ComptoirLedger
import Foundation
import Testing
@testable import comptoir_bench

@Suite struct YearsGeneratorTests {
    /// A small shop: a few days of a year, a few tickets, households and products.
    private func generate(seed: UInt64) throws -> (outcome: YearsGenerator.Outcome, books: [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("comptoir-bench-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/sauvegardes", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let generator = YearsGenerator(years: 1, seed: seed, openDaysPerYear: 8, ticketsPerDay: 6, householdCount: 30,
                                       productCount: 20, firstYearCopy: nil, backupFolder: folder + "/sauvegardes")
        let outcome = try generator.run(path: folder + "/comptoir.sqlite") { _ in }
        let ledger = try Ledger.openReadOnly(path: folder + "/comptoir.sqlite")
        defer { try? ledger.close() }
        #expect(try ledger.verify().isOK)
        // What the books say, without the shop's random fingerprint and keys: each ticket
        // with its date, till and amounts, each Z and each closing with its figures.
        var books: [String] = []
        for number in 1...(try ledger.ticketCount()) {
            guard let ticket = try ledger.ticket(number: Int64(number)) else { continue }
            books.append("\(ticket.number) \(ticket.at.timeIntervalSince1970) \(ticket.till) \(ticket.total.cents) "
                + ticket.lines.map { "\($0.label)×\($0.quantity)=\($0.amount.cents)" }.joined(separator: ","))
        }
        // Every month is closed but the last December (left to the benchmark).
        let months = try ledger.periodSummary(.month, "\(generator.firstYear)-01").report
        books.append("january \(months.sales) \(months.total.cents) \(months.sessions.count) \(months.perpetualTotal.cents)")
        #expect(try ledger.periodDue(now: CalendarDay(year: generator.firstYear + 1, month: 1, day: 5).start(in: ledger.timeZone))?
                    .report.period == "\(generator.firstYear)-12")
        return (outcome, books)
    }

    @Test func theSameSeedWritesTheSameBooks() throws {
        let a = try generate(seed: 7)
        let b = try generate(seed: 7)
        #expect(a.outcome.tickets > 0 && a.outcome.tickets == b.outcome.tickets)
        #expect(a.outcome.sessions == 3 * 8 && a.outcome.backups > 0)
        #expect(a.books == b.books)
        let c = try generate(seed: 8)
        #expect(c.books != a.books, "another seed, another history")
    }

    @Test func theShopOpensThreeHundredDaysAYear() throws {
        for year in 2000...2030 {
            let days = OpenDays.of(year: year)
            #expect(days.count == 300 && days.allSatisfy { $0.year == year }, "\(year)")
        }
        let days = OpenDays.of(year: 2024)
        #expect(!days.contains(CalendarDay(year: 2024, month: 12, day: 25)))
        #expect(!days.contains { $0.monday.adding(days: 6) == $0 }, "closed on Sundays")
    }
}
