import Foundation

/// Numbers as the report prints them: a point for decimals (the table is bilingual and
/// pasted into Markdown), thin grouping of thousands with a space.
enum Format {
    static func decimal(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    static func grouped(_ value: Int) -> String {
        var digits = String(value.magnitude)
        var out = ""
        while digits.count > 3 {
            out = " " + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return (value < 0 ? "-" : "") + digits + out
    }

    static func megabytes(_ bytes: Int?) -> String {
        bytes.map { decimal(Double($0) / 1_048_576, digits: 1) + " MB" } ?? "n/d"
    }
}
