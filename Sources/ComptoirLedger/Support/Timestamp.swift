import ComptoirCore
import Foundation

/// The ledger's one time format: UTC ISO-8601 with milliseconds, `2025-03-14T09:26:53.589Z`.
/// Written and parsed by hand (civil-calendar arithmetic) so that it is fast, locale-free
/// and identical on every machine.
enum Timestamp {
    /// Milliseconds since 1970, rounded to the nearest so that a `Date` made from
    /// milliseconds converts back to the same value.
    static func millis(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    static func date(millis: Int64) -> Date {
        Date(timeIntervalSince1970: Double(millis) / 1000)
    }

    static func string(millis: Int64) -> String {
        let ms = floorMod(millis, 1000)
        let seconds = floorDiv(millis, 1000)
        let days = floorDiv(seconds, 86_400)
        let secOfDay = floorMod(seconds, 86_400)
        let (y, m, d) = civil(days: days)
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) + "T"
            + pad(secOfDay / 3600, 2) + ":" + pad(secOfDay % 3600 / 60, 2) + ":" + pad(secOfDay % 60, 2)
            + "." + pad(ms, 3) + "Z"
    }

    /// The stored form of a day's midnight in the shop's time zone: the bound of a period.
    static func start(of day: CalendarDay, in timeZone: TimeZone) -> String {
        string(millis: millis(day.start(in: timeZone)))
    }

    /// Parses exactly the format written by `string(millis:)`.
    static func millis(_ text: String) -> Int64? {
        let c = Array(text.utf8)
        guard c.count == 24, c[4] == UInt8(ascii: "-"), c[7] == UInt8(ascii: "-"),
              c[10] == UInt8(ascii: "T"), c[13] == UInt8(ascii: ":"), c[16] == UInt8(ascii: ":"),
              c[19] == UInt8(ascii: "."), c[23] == UInt8(ascii: "Z") else { return nil }
        func num(_ from: Int, _ count: Int) -> Int64? {
            var v: Int64 = 0
            for i in from..<(from + count) {
                let d = Int64(c[i]) - 48
                guard d >= 0, d <= 9 else { return nil }
                v = v * 10 + d
            }
            return v
        }
        guard let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2), let h = num(11, 2),
              let mi = num(14, 2), let s = num(17, 2), let ms = num(20, 3),
              (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, s < 60 else { return nil }
        let days = daysFromCivil(y, mo, d)
        return ((days * 86_400 + h * 3600 + mi * 60 + s) * 1000) + ms
    }

    static func date(_ text: String) -> Date? { millis(text).map(date(millis:)) }

    // Howard Hinnant's proleptic Gregorian algorithms.
    private static func civil(days z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static func daysFromCivil(_ y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = floorDiv(y, 400)
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    private static func floorMod(_ a: Int64, _ b: Int64) -> Int64 { a - floorDiv(a, b) * b }

    private static func pad(_ v: Int64, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
