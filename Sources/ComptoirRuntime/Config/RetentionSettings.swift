import ComptoirCore
import TOMLKit

/// `[retention]`: how long personal data is kept, in years, within what the law allows:
/// a household's file at most 2 years after the last contact (CNIL), the registre's
/// sellers at least 5 years (C. pén. R321-6, never less), donors' names at most 1 year.
enum RetentionSettings {
    static let keys = ["households_years", "sellers_years", "donors_years"]
    static let bounds: [String: ClosedRange<Int>] = ["households_years": 1...2, "sellers_years": 5...10, "donors_years": 0...1]

    static func parse(_ table: TOMLTable, name: String) throws -> RetentionPeriods {
        var periods = RetentionPeriods.legalDefaults
        for key in keys {
            guard let value = table[key] else { continue }
            let range = bounds[key]!
            guard let years = value.int, range.contains(years) else {
                throw Configuration.Problem(description: "Configuration « \(name) » : « retention.\(key) » est un nombre d'années de \(range.lowerBound) à \(range.upperBound) (la loi ne permet pas plus, ou pas moins).")
            }
            switch key {
            case "households_years": periods.householdYears = years
            case "sellers_years": periods.registerYears = years
            default: periods.donorNameYears = years
            }
        }
        return periods
    }
}
