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
