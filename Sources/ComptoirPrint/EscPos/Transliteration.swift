import Foundation

/// What prints in place of a character the code page lacks: a close spelling from the
/// table (`œ` → `oe`, `’` → `'`, `ā` → `a`), and `?` as a last resort. Never nothing: a
/// character the customer cannot read is better than a word that silently changes.
enum Transliteration {
    /// `?`, for what has no spelling in the table (a Greek or Cyrillic letter, an emoji).
    static let unknown: UInt8 = 0x3F

    /// The bytes that stand for `scalar`, which `table` lacks.
    static func bytes(for scalar: Unicode.Scalar, in table: CodePageTable) -> [UInt8] {
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator:
            // Invisible (a narrow no-break space, a tab the layout let through): a control
            // byte would be a printer command, a space keeps the column the layout counted.
            return [0x20]
        default:
            break
        }
        if let spelling = replacements[scalar], let bytes = encoded(spelling, in: table) {
            return bytes
        }
        if let bytes = baseLetters(of: scalar, in: table) { return bytes }
        return [unknown]
    }

    /// Typographic punctuation that word processors and phones put in labels, ligatures,
    /// and letters Unicode does not decompose (`ł` is not `l` plus a mark). Every
    /// replacement is ASCII or in both tables.
    static let replacements: [Unicode.Scalar: String] = [
        "œ": "oe", "Œ": "OE", "ẞ": "SS",
        "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ı": "i",
        "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T", "ŋ": "n", "Ŋ": "N", "ĸ": "k",
        "\u{03BC}": "\u{00B5}",  // Greek mu → micro sign
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'",  // ‘ ’ ‚ ‛
        "\u{2032}": "'", "\u{02BC}": "'",  // prime, modifier apostrophe
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"",  // “ ” „ ‟
        "\u{2033}": "\"",  // double prime
        "\u{2039}": "<", "\u{203A}": ">",  // ‹ ›
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-",  // hyphens, –
        "\u{2014}": "-", "\u{2015}": "-", "\u{2212}": "-",  // — ― minus
        "\u{2026}": "...",  // …
        "\u{2022}": "*", "\u{2023}": "*", "\u{2219}": "*", "\u{25E6}": "*",  // bullets
        "\u{25B6}": ">", "\u{25BA}": ">", "\u{25B8}": ">", "\u{25B7}": ">",  // ▶ ► ▸ ▷
        "\u{25C0}": "<", "\u{25C4}": "<", "\u{25C2}": "<", "\u{25C1}": "<",  // ◀ ◄ ◂ ◁
        "\u{2192}": "->", "\u{2190}": "<-", "\u{21D2}": "=>",  // → ← ⇒
        "\u{02C6}": "^", "\u{02DC}": "~",  // modifier circumflex and tilde
        "\u{2044}": "/",  // fraction slash, from the decomposition of ⅓
    ]

    /// The compatibility decomposition without its marks: `ā` → `a`, `Ÿ` → `Y` (CP858 has
    /// no `Ÿ`), `ﬁ` → `fi`, `™` → `TM`, `⅓` → `1/3`. Nil when a part is still missing.
    private static func baseLetters(of scalar: Unicode.Scalar, in table: CodePageTable) -> [UInt8]? {
        let parts = Array(String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars).filter {
            ![.nonspacingMark, .spacingMark, .enclosingMark].contains($0.properties.generalCategory)
        }
        guard !parts.isEmpty, parts != [scalar] else { return nil }
        var bytes: [UInt8] = []
        for part in parts {
            if let byte = table.byte(for: part) {
                bytes.append(byte)
            } else if let spelling = replacements[part], let spelled = encoded(spelling, in: table) {
                bytes += spelled
            } else {
                return nil
            }
        }
        return bytes
    }

    private static func encoded(_ spelling: String, in table: CodePageTable) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in spelling.unicodeScalars {
            guard let byte = table.byte(for: scalar) else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}
