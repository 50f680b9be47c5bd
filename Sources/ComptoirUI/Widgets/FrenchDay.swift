import ComptoirCore
import Foundation

/// `01/12`: a day of the month in the shop's time zone, for lists that fit 80 columns.
enum FrenchDay {
    static func short(_ date: Date, _ timeZone: TimeZone) -> String {
        String(CalendarDay(date, in: timeZone).french.prefix(5))
    }
}
