import Foundation

/// A date without a time, as rights run: "from 01/12/2026 to 31/05/2027", both days
/// included. Stored as `2026-12-01`, shown as `01/12/2026`.
public struct CalendarDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day it is at `date` in `timeZone` (the shop's).
    public init(_ date: Date, in timeZone: TimeZone) {
        let local = Int64(date.timeIntervalSince1970.rounded(.down)) + Int64(timeZone.secondsFromGMT(for: date))
        self.init(daysSince1970: Self.floorDiv(local, 86_400))
    }

    /// Civil-calendar arithmetic (days since 1970-01-01) instead of Foundation's
    /// `Calendar`, which costs tens of microseconds a call on Linux: the till computes
    /// days at every card scan.
    init(daysSince1970 days: Int64) {
        let z = days + 719_468
        let era = Self.floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: Int(yoe + era * 400 + (m <= 2 ? 1 : 0)), month: Int(m), day: Int(d))
    }

    var daysSince1970: Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = Self.floorDiv(y, 400)
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    /// `2026-12-01` (stored) or `01/12/2026` (typed); nil for anything else or a day that
    /// does not exist (31/02).
    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let iso = t.split(separator: "-", omittingEmptySubsequences: false)
        let french = t.split(separator: "/", omittingEmptySubsequences: false)
        let numbers: [Int]
        if iso.count == 3, iso[0].count == 4 {
            numbers = iso.compactMap { Int($0) }
            guard numbers.count == 3 else { return nil }
            self.init(year: numbers[0], month: numbers[1], day: numbers[2])
        } else if french.count == 3, french[2].count == 4 {
            numbers = french.compactMap { Int($0) }
            guard numbers.count == 3 else { return nil }
            self.init(year: numbers[2], month: numbers[1], day: numbers[0])
        } else {
            return nil
        }
        guard t.utf8.allSatisfy({ (48...57).contains($0) || $0 == 45 || $0 == 47 }),
              (1...12).contains(month), day >= 1, day <= Self.daysIn(year: year, month: month) else { return nil }
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// `2026-12-01`: sorts as text, as SQLite stores it.
    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
    /// `01/12/2026`.
    public var french: String { String(format: "%02d/%02d/%04d", day, month, year) }
    public var description: String { french }

    /// The same day `months` later, or the month's last day when it has fewer days
    /// (31/08 + 6 months = 28/02).
    public func adding(months: Int) -> CalendarDay {
        let total = year * 12 + (month - 1) + months
        let y = total / 12, m = total % 12 + 1
        return CalendarDay(year: y, month: m, day: min(day, Self.daysIn(year: y, month: m)))
    }

    public func adding(days: Int) -> CalendarDay {
        CalendarDay(daysSince1970: daysSince1970 + Int64(days))
    }

    /// The first day of its month.
    public var firstOfMonth: CalendarDay { CalendarDay(year: year, month: month, day: 1) }

    /// The first day of a month typed `2026-11` or `11/2026`; nil for anything else.
    public static func month(_ text: String) -> CalendarDay? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let iso = t.split(separator: "-", omittingEmptySubsequences: false)
        let french = t.split(separator: "/", omittingEmptySubsequences: false)
        let parts = iso.count == 2 && iso[0].count == 4 ? (iso[0], iso[1])
            : french.count == 2 && french[1].count == 4 ? (french[1], french[0]) : nil
        guard let (y, m) = parts, (1...2).contains(m.count),
              (y + m).utf8.allSatisfy({ (48...57).contains($0) }),
              let year = Int(y), let month = Int(m), (1...12).contains(month) else { return nil }
        return CalendarDay(year: year, month: month, day: 1)
    }

    public static let frenchMonthNames = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                          "septembre", "octobre", "novembre", "décembre"]
    /// At most five characters, for tables and charts.
    public static let frenchMonthAbbreviations = ["janv.", "févr.", "mars", "avril", "mai", "juin",
                                                  "juil.", "août", "sept.", "oct.", "nov.", "déc."]

    /// `novembre 2026`.
    public var frenchMonth: String { "\(Self.frenchMonthNames[month - 1]) \(year)" }

    /// `2026-11`.
    public var isoMonth: String { String(iso.prefix(7)) }

    /// The Monday of its week (weeks run Monday to Sunday in France).
    public var monday: CalendarDay {
        // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
        let days = daysSince1970
        return CalendarDay(daysSince1970: days - (((days + 3) % 7) + 7) % 7)
    }

    /// Midnight at the start of this day in `timeZone`.
    public func start(in timeZone: TimeZone) -> Date {
        let midnight = Double(daysSince1970 * 86_400)
        // The offset at local midnight, found from the offset at UTC midnight (DST safe).
        let guess = midnight - Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: midnight)))
        return Date(timeIntervalSince1970: midnight - Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: guess))))
    }

    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
