/// Cells a spreadsheet would run as a formula (OWASP « CSV injection »: a cell starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return) are written with a leading `'`, the
/// spreadsheets' own mark for « text », and the import takes it off again.
///
/// The rule is an exact inverse, so export then import gives back every string:
/// - written: a `'` is added before a value starting with `= + - @ \t \r` or `'` itself,
///   except a plain number (`-12`, `-12,50`, `-3.5`): our amounts and counts stay numbers
///   for the spreadsheet, and a number is no formula;
/// - read: one leading `'` is taken off only when what follows starts with one of those
///   characters (so `'abc` typed in a spreadsheet stays `'abc`).
public enum CSVFormulaGuard {
    static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "'"]

    /// The value to write in the cell.
    public static func escaped(_ value: String) -> String {
        guard let first = value.first, triggers.contains(first), !isPlainNumber(value) else { return value }
        return "'" + value
    }

    /// The value a cell read from a file stands for.
    public static func unescaped(_ cell: String) -> String {
        guard cell.first == "'", let second = cell.dropFirst().first, triggers.contains(second) else { return cell }
        return String(cell.dropFirst())
    }

    /// `-`, digits, then optionally `,` or `.` and digits: what we write for amounts and counts.
    static func isPlainNumber(_ value: String) -> Bool {
        var rest = Substring(value)
        if rest.first == "-" { rest = rest.dropFirst() }
        let parts = rest.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
        let pieces = parts.count == 2 ? parts : rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        return !pieces.isEmpty && pieces.count <= 2
            && pieces.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { (48...57).contains($0) } }
    }
}
