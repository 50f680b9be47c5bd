import Foundation
import Testing
@testable import ComptoirCore

@Suite("Fiscal year start")
struct FiscalYearStartTests {
    @Test func itIsTypedAsADayAndAMonth() {
        #expect(FiscalYearStart("01/09") == FiscalYearStart("09-01"))
        #expect(FiscalYearStart(" 1/9 ")?.description == "01/09")
        #expect(FiscalYearStart("01/01") == .calendarYear)
        for bad in ["", "29/02", "31/04", "32/01", "01/13", "0/05", "1/9/2026", "abc", "01.09", "+1/09"] {
            #expect(FiscalYearStart(bad) == nil, "\(bad)")
        }
    }

    @Test func aYearStartingInSeptemberEndsOnTheLastDayOfAugust() {
        let september = FiscalYearStart("01/09")!
        let year = september.year(startingIn: 2026)
        #expect(year.first == CalendarDay(year: 2026, month: 9, day: 1) && year.last == CalendarDay(year: 2027, month: 8, day: 31))
        let calendar = FiscalYearStart.calendarYear.year(startingIn: 2028)
        #expect(calendar.first == CalendarDay(year: 2028, month: 1, day: 1) && calendar.last == CalendarDay(year: 2028, month: 12, day: 31))
        // Ending in February of a leap year: the 29th is in it.
        #expect(FiscalYearStart("01/03")!.year(startingIn: 2027).last == CalendarDay(year: 2028, month: 2, day: 29))
    }

    @Test func settingsSavedBeforeTheKeyExistedReadAsTheCalendarYear() throws {
        let old = ShopSettings(name: "Le Grenier", addressLines: ["3 place du Marché"])
        var json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(old)) as! [String: Any]
        #expect(json["fiscalYearStart"] as? String == "01/01")
        json.removeValue(forKey: "fiscalYearStart")
        let read = try JSONDecoder().decode(ShopSettings.self, from: JSONSerialization.data(withJSONObject: json))
        #expect(read == old && read.fiscalYearStart.isCalendarYear)
        var september = old
        september.fiscalYearStart = FiscalYearStart("01/09")!
        #expect(try JSONDecoder().decode(ShopSettings.self, from: JSONEncoder().encode(september)).fiscalYearStart.description == "01/09")
        json["fiscalYearStart"] = "31/02"
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ShopSettings.self, from: JSONSerialization.data(withJSONObject: json)) }
    }
}
