import Foundation

/// Reads the cells of one CSV line by column, collecting one problem per cell that cannot
/// be read instead of stopping at the first, so that a file is corrected in one pass.
/// Each reader returns a stand-in value on a problem; the caller builds nothing from a
/// line with problems.
struct CSVFields {
    let columns: CSVColumns
    let record: CSVTable.Record
    private(set) var problems: [CSVLineProblem] = []

    init(_ columns: CSVColumns, _ record: CSVTable.Record) {
        self.columns = columns
        self.record = record
    }

    var line: Int { record.line }

    func text(_ key: String) -> String { columns.value(key, in: record) }

    mutating func fail(_ key: String?, _ reason: String) {
        problems.append(CSVLineProblem(line: record.line, field: key, reason: reason))
    }

    /// A whole number; `empty` stands for an empty cell (nil: the cell must be filled).
    mutating func integer(_ key: String, empty: Int?) -> Int {
        let t = text(key)
        if t.isEmpty {
            if let empty { return empty }
            fail(key, "la case est vide : tapez un nombre.")
            return 0
        }
        guard let n = Self.integer(t) else {
            fail(key, "« \(t) » n'est pas un nombre entier.")
            return 0
        }
        return n
    }

    /// An amount (`1 234,56`, `1234.56`, `1234`); nil for an empty cell when not required.
    mutating func amount(_ key: String, required: Bool) -> Money? {
        let t = text(key)
        if t.isEmpty {
            if required { fail(key, "la case est vide : tapez un montant (0 s'il n'y en a pas).") }
            return nil
        }
        switch Money.parse(t) {
        case .success(let money): return money
        case .failure(let error):
            fail(key, error.message)
            return nil
        }
    }

    /// `01/12/2026` or `2026-12-01`; nil for an empty cell when not required.
    mutating func day(_ key: String, required: Bool) -> CalendarDay? {
        let t = text(key)
        if t.isEmpty {
            if required { fail(key, "la case est vide : tapez une date, par exemple 01/12/2026.") }
            return nil
        }
        guard let day = CalendarDay(t) else {
            fail(key, "« \(t) » n'est pas une date : tapez-la comme 01/12/2026 ou 2026-12-01.")
            return nil
        }
        return day
    }

    /// oui / non (o, n, 1, 0, vrai, faux); an empty cell is non.
    mutating func yesNo(_ key: String) -> Bool {
        let t = CSVTable.columnKey(text(key))
        switch t {
        case "", "non", "n", "0", "faux": return false
        case "oui", "o", "1", "vrai", "x": return true
        default:
            fail(key, "« \(text(key)) » : tapez oui ou non.")
            return false
        }
    }

    /// ASCII digits with an optional minus sign, at most nine digits.
    static func integer(_ text: String) -> Int? {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.count <= 9, digits.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int(text)
    }

    /// An amount as a spreadsheet reads it back: `1234,56`, without the thousands space
    /// that would make it text.
    static func amount(_ money: Money) -> String {
        money.plain.replacingOccurrences(of: " ", with: "")
    }
}
