import Foundation

/// Where each known column is in a table's header, matched by `CSVTable.columnKey`.
/// Columns the file adds (notes, a colour…) are ignored; a required one missing refuses
/// the whole file, naming it.
public struct CSVColumns: Sendable {
    private let index: [String: Int]

    /// `columns`: every known key, in the order a file has them (`prix_marche`…);
    /// `required`: those the header must hold.
    public init(_ table: CSVTable, columns: [String], required: [String]) throws {
        let known = Set(columns)
        var index: [String: Int] = [:]
        for (i, name) in table.header.enumerated() {
            let key = CSVTable.columnKey(name)
            guard known.contains(key) else { continue }
            guard index[key] == nil else { throw CSVError.duplicateColumn(key) }
            index[key] = i
        }
        let missing = required.filter { index[$0] == nil }
        if !missing.isEmpty { throw CSVError.missingColumns(missing, expected: columns) }
        self.index = index
    }

    public func has(_ key: String) -> Bool { index[key] != nil }

    /// The trimmed value of that column on that line; empty when the column or the cell
    /// is absent (a spreadsheet drops trailing empty cells).
    public func value(_ key: String, in record: CSVTable.Record) -> String {
        guard let i = index[key], i < record.fields.count else { return "" }
        return record.fields[i].trimmingCharacters(in: .whitespaces)
    }
}
