import GRDB

/// Column reads that never trap. GRDB's typed subscripts stop the program on a value of
/// the wrong type (text in an integer column), and someone holding the file can put one
/// anywhere: what `verify` and the checks before a sale read goes through these, and a
/// wrong type reads as a value no journal entry ever has, so the comparison fails and
/// names the row. (`VerifyRows.Column` does the same straight from a statement, for the
/// tables `verify` walks in their millions.)
extension Row {
    /// The integer in `column`; nil for NULL; `Int64.min` for any other type.
    func safeInt(_ column: String) -> Int64? {
        Self.int(self[column] as DatabaseValue)
    }

    private static func int(_ value: DatabaseValue) -> Int64? {
        switch value.storage {
        case .int64(let value): return value
        case .null: return nil
        default: return Int64.min
        }
    }

    /// The text in `column`; nil for NULL; a text no entry holds (starting with U+FFFD) for any other type.
    func safeText(_ column: String) -> String? {
        Self.text(self[column] as DatabaseValue)
    }

    private static func text(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .string(let value): return value
        case .null: return nil
        case .int64(let value): return "\u{FFFD}\(value)"
        case .double(let value): return "\u{FFFD}\(value)"
        case .blob: return "\u{FFFD}blob"
        }
    }
}
