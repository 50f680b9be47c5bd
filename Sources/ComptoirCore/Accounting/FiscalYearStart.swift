/// The first day of the shop's fiscal year (`01/09` for an association whose year runs
/// from September to August); the calendar year by default. `--year 2026` means the fiscal
/// year that starts in 2026.
public struct FiscalYearStart: Hashable, Codable, Sendable, CustomStringConvertible {
    public var month: Int
    public var day: Int

    public static let calendarYear = FiscalYearStart(validMonth: 1, day: 1)

    private init(validMonth month: Int, day: Int) {
        self.month = month
        self.day = day
    }

    /// `01/09` (JJ/MM) or `09-01` (MM-JJ); nil for anything else or a day that is not in
    /// every year (29/02).
    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let french = t.split(separator: "/", omittingEmptySubsequences: false)
        let iso = t.split(separator: "-", omittingEmptySubsequences: false)
        let parts = french.count == 2 ? (month: french[1], day: french[0]) : iso.count == 2 ? (month: iso[0], day: iso[1]) : nil
        guard let parts, (1...2).contains(parts.month.count), (1...2).contains(parts.day.count),
              (parts.month + parts.day).utf8.allSatisfy({ (48...57).contains($0) }),
              let month = Int(parts.month), let day = Int(parts.day), (1...12).contains(month),
              day >= 1, day <= CalendarDay.daysIn(year: 2001, month: month) else { return nil }
        self.init(validMonth: month, day: day)
    }

    /// `01/09`, as the settings screen shows it.
    public var description: String {
        (day < 10 ? "0" : "") + "\(day)/" + (month < 10 ? "0" : "") + "\(month)"
    }

    public var isCalendarYear: Bool { self == .calendarYear }

    /// The fiscal year that starts in `year`: its first and its last day.
    public func year(startingIn year: Int) -> (first: CalendarDay, last: CalendarDay) {
        let first = CalendarDay(year: year, month: month, day: day)
        return (first, first.adding(months: 12).adding(days: -1))
    }
}

extension FiscalYearStart {
    /// Stored as it reads, `"01/09"`, and checked when read back.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let start = FiscalYearStart(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "début d'exercice « \(text) »"))
        }
        self = start
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
