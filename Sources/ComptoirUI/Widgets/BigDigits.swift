/// An amount three rows high, for what must not be misread (`450,00 €` against `4,50 €`).
/// Digits, the comma, spaces and `€`; any other character is left blank.
enum BigDigits {
    private static let glyphs: [Character: [String]] = [
        "0": ["█▀█", "█ █", "▀▀▀"],
        "1": ["▀█ ", " █ ", "▀▀▀"],
        "2": ["▀▀█", "█▀▀", "▀▀▀"],
        "3": ["▀▀█", " ▀█", "▀▀▀"],
        "4": ["█ █", "▀▀█", "  ▀"],
        "5": ["█▀▀", "▀▀█", "▀▀▀"],
        "6": ["█▀▀", "█▀█", "▀▀▀"],
        "7": ["▀▀█", "  █", "  ▀"],
        "8": ["█▀█", "█▀█", "▀▀▀"],
        "9": ["█▀█", "▀▀█", "▀▀▀"],
        ",": [" ", " ", "▄"],
        "€": ["▄▀▀", "█▀ ", " ▀▀"],
    ]

    /// The three rows of `text`, one column between characters.
    static func rows(_ text: String) -> [String] {
        var rows = ["", "", ""]
        for (i, character) in text.enumerated() {
            let glyph = glyphs[character] ?? [" ", " ", " "]
            for r in 0..<3 { rows[r] += (i == 0 ? "" : " ") + glyph[r] }
        }
        return rows
    }

    static func width(_ text: String) -> Int { rows(text)[0].count }
}
