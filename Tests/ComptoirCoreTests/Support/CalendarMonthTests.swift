import Testing
@testable import ComptoirCore

@Suite("Calendar months for reports")
struct CalendarMonthTests {
    @Test("A month is typed 2026-11 or 11/2026 and named in French")
    func months() {
        #expect(CalendarDay.month("2026-11") == CalendarDay(year: 2026, month: 11, day: 1))
        #expect(CalendarDay.month("03/2027") == CalendarDay(year: 2027, month: 3, day: 1))
        #expect(CalendarDay.month("2026-13") == nil)
        #expect(CalendarDay.month("novembre") == nil)
        #expect(CalendarDay(year: 2027, month: 2, day: 14).frenchMonth == "février 2027")
        #expect(CalendarDay(year: 2027, month: 2, day: 14).isoMonth == "2027-02")
    }
}
