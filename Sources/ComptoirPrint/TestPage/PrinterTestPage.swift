import Foundation

/// The page `comptoir printer test` prints: every accented letter of French, the euro
/// sign, the typographic marks a receipt may hold, and a ruler for the paper width. What
/// comes out shows at a glance whether the code page and the width are right.
public struct PrinterTestPage: Sendable {
    public var shopName: String
    public var tillName: String
    public var codePage: CodePage
    public var date: Date
    public var timeZone: TimeZone

    public init(shopName: String, tillName: String, codePage: CodePage, date: Date,
                timeZone: TimeZone = Receipt.shopTimeZone) {
        self.shopName = shopName
        self.tillName = tillName
        self.codePage = codePage
        self.date = date
        self.timeZone = timeZone
    }

    /// Every letter with a diacritic that French writes, lower then upper case.
    public static let frenchLetters = "àâäçéèêëîïôöùûüÿæœ"
    public static let frenchCapitals = "ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ"

    public func document(width: ReceiptWidth) -> PrintDocument {
        let w = width.rawValue
        let ruler = (1...w).map { String($0 % 10) }.joined()
        // Centred with spaces within the width, like every document.
        func centred(_ text: String, bold: Bool = false) -> PrintLine {
            PrintLine(TextLayout.centred(text, width: w).first ?? "", bold: bold, alignment: .centre)
        }
        var lines: [PrintLine] = [
            centred("PAGE DE TEST", bold: true),
            centred(String(PrintedWidth.prefix(Substring(TextLayout.clean(shopName)), width: w))),
            PrintLine(TextLayout.separator(width: w)),
            PrintLine(String("Caisse : \(tillName)".prefix(w))),
            PrintLine(String("Date : \(FrenchDateTime.format(date, in: timeZone))".prefix(w))),
            PrintLine(String("Table : \(codePage == .cp858 ? "CP858" : "WPC1252") — \(w) colonnes".prefix(w))),
            PrintLine(TextLayout.separator(width: w)),
            PrintLine("Minuscules :", bold: true),
            PrintLine(Self.frenchLetters),
            PrintLine("Majuscules :", bold: true),
            PrintLine(Self.frenchCapitals),
            PrintLine("Euro : 1 234,56 € — 0,50 €"),
            PrintLine("« Guillemets » l’apostrophe…"),
            PrintLine(TextLayout.separator(width: w)),
            PrintLine("Règle (la ligne doit tenir) :"),
            PrintLine(ruler),
            PrintLine(TextLayout.separator(width: w)),
            centred("Si un caractère manque ou"),
            centred("s'affiche mal : changez"),
            centred("printer.code_page."),
        ]
        lines = lines.map { var l = $0; l.text = String(PrintedWidth.prefix(Substring(l.text), width: w)); return l }
        return PrintDocument(width: width, lines: lines)
    }
}
