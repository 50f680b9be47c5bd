import Testing
@testable import ComptoirCore

@Suite("Household card codes and calendar days")
struct HouseholdCardCodeTests {
    @Test("A card code carries a Luhn check digit; a mistyped digit is refused")
    func cardCode() {
        #expect(HouseholdCardCode.make(42) == "F-42-2")
        #expect(HouseholdCardCode.barcode(42) == "F422")
        #expect(HouseholdCardCode.parse("f422") == 42)
        #expect(HouseholdCardCode.parse("F-42-2") == 42)
        #expect(HouseholdCardCode.parse("F-42-3") == nil)
        #expect(HouseholdCardCode.parse("F-24-2") == nil)
        #expect(HouseholdCardCode.parse("AV-42-2") == nil)
        #expect(HouseholdCardCode.looksLikeOne("f423"))
        #expect(!HouseholdCardCode.looksLikeOne("FRITES"))
    }

    @Test("Calendar days parse both ways, add months clamped to the month's end, find Monday")
    func days() {
        #expect(CalendarDay("2026-12-01") == CalendarDay(year: 2026, month: 12, day: 1))
        #expect(CalendarDay("01/12/2026") == CalendarDay(year: 2026, month: 12, day: 1))
        #expect(CalendarDay("31/02/2026") == nil)
        #expect(CalendarDay("2026-13-01") == nil)
        #expect(CalendarDay("demain") == nil)
        #expect(CalendarDay(year: 2026, month: 8, day: 31).adding(months: 6) == CalendarDay(year: 2027, month: 2, day: 28))
        #expect(CalendarDay(year: 2026, month: 12, day: 31).adding(days: 1) == CalendarDay(year: 2027, month: 1, day: 1))
        // 1 December 2026 is a Tuesday.
        #expect(CalendarDay(year: 2026, month: 12, day: 1).monday == CalendarDay(year: 2026, month: 11, day: 30))
        #expect(CalendarDay(year: 2026, month: 11, day: 30).monday == CalendarDay(year: 2026, month: 11, day: 30))
        #expect(CalendarDay(year: 2026, month: 12, day: 6).monday == CalendarDay(year: 2026, month: 11, day: 30))
    }
}

@Suite("Calendar days without Foundation's Calendar")
struct CalendarArithmeticTests {
    static let paris = TimeZone(identifier: "Europe/Paris")!

    @Test("Days since 1970 agree with Foundation's Gregorian calendar, leap years included")
    func agreesWithFoundation() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var day = CalendarDay(year: 1999, month: 12, day: 25)
        for _ in 0..<12_000 {
            let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
            #expect(CalendarDay(date, in: TimeZone(identifier: "UTC")!) == day)
            #expect(day.start(in: TimeZone(identifier: "UTC")!) == date)
            let next = calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: 1, to: date)!)
            day = day.adding(days: 1)
            #expect(day == CalendarDay(year: next.year!, month: next.month!, day: next.day!))
        }
        #expect(CalendarDay(year: 2028, month: 2, day: 28).adding(days: 1) == CalendarDay(year: 2028, month: 2, day: 29))
        #expect(CalendarDay(year: 2100, month: 2, day: 28).adding(days: 1) == CalendarDay(year: 2100, month: 3, day: 1))
    }

    @Test("A day starts at local midnight in Paris, on the days the clocks change too")
    func parisMidnight() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Self.paris
        for (m, d) in [(3, 28), (3, 29), (3, 30), (10, 24), (10, 25), (10, 26), (12, 1)] {
            let day = CalendarDay(year: 2026, month: m, day: d)
            let expected = calendar.date(from: DateComponents(year: 2026, month: m, day: d))!
            #expect(day.start(in: Self.paris) == expected, "\(day)")
            #expect(CalendarDay(expected, in: Self.paris) == day)
            #expect(CalendarDay(expected.addingTimeInterval(-1), in: Self.paris) == day.adding(days: -1))
        }
    }
}

import Foundation
