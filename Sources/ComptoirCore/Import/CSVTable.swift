import Foundation

/// A CSV file as spreadsheets save it: UTF-8 (with or without a byte order mark), fields
/// separated by `;` (French spreadsheets, the decimal comma being taken) or `,`, quoted
/// with `"` when they hold a separator, a quote (doubled) or a line break; lines ending
/// in CRLF or LF. The header names the columns.
public struct CSVTable: Hashable, Sendable {
    public struct Record: Hashable, Sendable {
        /// The line of the file where the record starts, the header being line 1.
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    public var separator: Character
    public var header: [String]
    /// The lines after the header, without the empty ones (`;;;` left by a spreadsheet).
    public var records: [Record]

    public init(separator: Character, header: [String], records: [Record]) {
        self.separator = separator
        self.header = header
        self.records = records
    }

    /// Reads a whole file. Refuses bytes that are not UTF-8, naming the first bad line, so
    /// that a Windows-1252 export never turns « Hélène » into « H?l?ne » in the files.
    public static func read(_ data: some Collection<UInt8>) throws -> CSVTable {
        var bytes = Array(data)[...]
        if bytes.starts(with: byteOrderMark) { bytes = bytes.dropFirst(byteOrderMark.count) }
        try checkUTF8(bytes)
        let separator = detectSeparator(bytes)
        var parser = Parser(separator: separator)
        let all = try parser.records(bytes)
        var records = all.filter { !$0.fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        guard let first = records.first else { throw CSVError.empty }
        try refuseControlCharacters(records, header: first.fields)
        for i in records.indices { records[i].fields = records[i].fields.map(CSVFormulaGuard.unescaped) }
        let header = records[0]
        return CSVTable(separator: Character(Unicode.Scalar(separator)), header: header.fields,
                        records: Array(records.dropFirst()))
    }

    /// A control character (ESC, NUL, DEL, C1, a lone CR; tab and a line break inside a
    /// quoted cell are text) would reach a terminal or a ticket as a command: the file is
    /// refused, naming each line and column.
    private static func refuseControlCharacters(_ records: [Record], header: [String]) throws {
        var problems: [CSVLineProblem] = []
        for record in records {
            for (i, field) in record.fields.enumerated() {
                guard let bad = field.unicodeScalars.first(where: { PrintableText.isControl($0) && $0 != "\t" && $0 != "\n" })
                else { continue }
                let column = i < header.count ? PrintableText.sanitized(header[i]) : "colonne \(i + 1)"
                let code = String(format: "U+%04X", bad.value)
                problems.append(CSVLineProblem(line: record.line, field: column,
                                               reason: "caractère de contrôle invisible (\(code)) : effacez-le dans le tableur."))
            }
        }
        if !problems.isEmpty { throw CSVError.badLines(problems) }
    }

    /// The name a header cell is matched by: trimmed, lower case, without accents, spaces
    /// and dashes as `_` (« Prix marché » finds `prix_marche`).
    public static func columnKey(_ name: String) -> String {
        let folded = name.trimmingCharacters(in: .whitespaces)
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return String(folded.map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    // MARK: - Writing

    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The text of a CSV file: `;` between fields, CRLF after each line, a field quoted
    /// only when it must be (a separator, a quote, a line break, spaces at its ends), a
    /// field a spreadsheet would run as a formula marked as text (`CSVFormulaGuard`).
    public static func text(header: [String], rows: [[String]], separator: Character = ";") -> String {
        var out = ""
        for row in [header] + rows {
            out += line(row, separator: separator, guardingFormulas: true)
        }
        return out
    }

    /// One line of a CSV file, CRLF included, for files written row by row. The sealed
    /// archive keeps its values byte for byte (`guardingFormulas` false): its journal is
    /// re-chained from them by `verify-archive`.
    public static func line(_ fields: [String], separator: Character = ";", guardingFormulas: Bool = false) -> String {
        fields.map { quoted(guardingFormulas ? CSVFormulaGuard.escaped($0) : $0, separator: separator) }
            .joined(separator: String(separator)) + "\r\n"
    }

    /// The bytes of a file to save: the byte order mark first, so that a spreadsheet opens
    /// it as UTF-8 instead of guessing Windows-1252.
    public static func file(header: [String], rows: [[String]]) -> [UInt8] {
        byteOrderMark + Array(text(header: header, rows: rows).utf8)
    }

    /// One pass over the UTF-8 bytes: an archive writes hundreds of thousands of fields.
    static func quoted(_ field: String, separator: Character) -> String {
        guard let sep = separator.asciiValue else {
            let needs = field.contains(separator) || field.contains("\"") || field.contains("\n") || field.contains("\r")
                || field.first?.isWhitespace == true || field.last?.isWhitespace == true
            return needs ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }
        var needs = field.first?.isWhitespace == true || field.last?.isWhitespace == true
        var quotes = 0
        for b in field.utf8 where b == sep || b == quote || b == lf || b == cr {
            needs = true
            if b == quote { quotes += 1 }
        }
        guard needs else { return field }
        var out: [UInt8] = [quote]
        out.reserveCapacity(field.utf8.count + quotes + 2)
        for b in field.utf8 {
            out.append(b)
            if b == quote { out.append(quote) }
        }
        out.append(quote)
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Reading

    private static let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r"), quote = UInt8(ascii: "\"")
    private static let semicolon = UInt8(ascii: ";"), comma = UInt8(ascii: ",")

    /// LF never occurs inside a multi-byte UTF-8 sequence, so each line can be checked alone.
    private static func checkUTF8(_ bytes: ArraySlice<UInt8>) throws {
        for (i, line) in bytes.split(separator: lf, omittingEmptySubsequences: false).enumerated()
        where String(validating: line, as: UTF8.self) == nil {
            throw CSVError.notUTF8(line: i + 1)
        }
    }

    /// `;` or `,`, whichever the header line (outside quotes) holds more of; `;` when neither.
    private static func detectSeparator(_ bytes: ArraySlice<UInt8>) -> UInt8 {
        var semicolons = 0, commas = 0, inQuotes = false
        for b in bytes {
            if b == quote { inQuotes.toggle() } else if !inQuotes {
                if b == lf || b == cr { break }
                if b == semicolon { semicolons += 1 } else if b == comma { commas += 1 }
            }
        }
        return commas > semicolons ? comma : semicolon
    }

    private struct Parser {
        let separator: UInt8
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var wasQuoted = false

        init(separator: UInt8) { self.separator = separator }

        mutating func records(_ bytes: ArraySlice<UInt8>) throws -> [Record] {
            var line = 1, recordLine = 1, quoteLine = 1
            var inQuotes = false
            var i = bytes.startIndex
            while i < bytes.endIndex {
                let b = bytes[i]
                let next: UInt8? = i + 1 < bytes.endIndex ? bytes[i + 1] : nil
                i += 1
                if inQuotes {
                    if b == quote {
                        if next == quote { field.append(quote); i += 1 } else { inQuotes = false }
                    } else if b == cr && next == lf {
                        continue // CRLF inside a field is kept as LF
                    } else {
                        if b == lf { line += 1 }
                        field.append(b)
                    }
                    continue
                }
                switch b {
                case quote where !wasQuoted && field.allSatisfy({ $0 == UInt8(ascii: " ") }):
                    field.removeAll()
                    inQuotes = true
                    wasQuoted = true
                    quoteLine = line
                case separator:
                    endField()
                case lf, cr:
                    if b == cr && next == lf { i += 1 }
                    endField()
                    records.append(Record(line: recordLine, fields: fields))
                    fields.removeAll()
                    line += 1
                    recordLine = line
                default:
                    field.append(b)
                }
            }
            if inQuotes { throw CSVError.unclosedQuote(line: quoteLine) }
            if !field.isEmpty || !fields.isEmpty || wasQuoted {
                endField()
                records.append(Record(line: recordLine, fields: fields))
            }
            return records
        }

        private mutating func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
    }
}
