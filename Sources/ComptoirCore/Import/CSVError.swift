/// Why a CSV file was refused. `message` is the French text for the user; nothing is
/// imported from a refused file.
public enum CSVError: Error, Equatable, Sendable {
    /// The bytes are not UTF-8 (a spreadsheet's "CSV" in Windows-1252, usually); the first
    /// line (from 1) holding a bad byte.
    case notUTF8(line: Int)
    /// No header line at all.
    case empty
    /// A quoted field that runs to the end of the file; the line where it opens.
    case unclosedQuote(line: Int)
    /// Required columns absent from the header, with the columns the file should have.
    case missingColumns([String], expected: [String])
    case duplicateColumn(String)
    /// Every line that cannot be read, in file order.
    case badLines([CSVLineProblem])

    public var message: String {
        switch self {
        case .notUTF8(let line):
            return "Le fichier n'est pas en UTF-8 (premier caractère illisible ligne \(line)). "
                + "Dans le tableur, enregistrez-le au format « CSV UTF-8 » puis recommencez."
        case .empty:
            return "Le fichier est vide : la première ligne doit nommer les colonnes."
        case .unclosedQuote(let line):
            return "Ligne \(line) : un guillemet ouvert n'est jamais fermé ; vérifiez cette ligne dans le tableur."
        case .missingColumns(let names, let expected):
            let list = names.map { "« \($0) »" }.joined(separator: ", ")
            return (names.count == 1 ? "Colonne manquante : \(list)." : "Colonnes manquantes : \(list).")
                + " La première ligne doit nommer les colonnes : " + expected.joined(separator: ";") + "."
        case .duplicateColumn(let name):
            return "La colonne « \(name) » apparaît deux fois dans la première ligne : gardez-en une seule."
        case .badLines(let problems):
            return problems.map(\.message).joined(separator: "\n")
        }
    }
}

/// One field of one line that cannot be read: `Ligne 12 : adultes : « deux » n'est pas un nombre entier.`
public struct CSVLineProblem: Hashable, Sendable {
    /// The line in the file, the header being line 1.
    public var line: Int
    /// The column's name; nil when the reason names the field itself (the file's rules).
    public var field: String?
    public var reason: String

    public init(line: Int, field: String?, reason: String) {
        self.line = line
        self.field = field
        self.reason = reason
    }

    public var message: String {
        "Ligne \(line) : " + (field.map { "\($0) : " } ?? "") + reason
    }
}
