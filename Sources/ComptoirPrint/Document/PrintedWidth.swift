/// How many columns a text takes on paper: the bytes it prints as once transliterated to
/// the code page (`Œ` prints `OE`, `…` prints `...` in CP858), in the code page where it
/// prints widest, so a layout fits whichever table the printer is set to. The one measure
/// every layout uses; counting `Character`s let `Œuvre` overflow a full line.
enum PrintedWidth {
    static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    static func of(_ character: Character) -> Int {
        // ASCII prints as itself in every table.
        if character.isASCII { return 1 }
        return CodePage.allCases.map { $0.encode(String(character)).count }.max() ?? 1
    }

    /// The longest start of `text` that prints in at most `width` columns.
    static func prefix(_ text: Substring, width: Int) -> Substring {
        var used = 0
        var end = text.startIndex
        while end < text.endIndex {
            let w = of(text[end])
            guard used + w <= width else { break }
            used += w
            end = text.index(after: end)
        }
        return text[..<end]
    }

    /// The longest end of `text` that prints in at most `width` columns.
    static func suffix(_ text: Substring, width: Int) -> Substring {
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let before = text.index(before: start)
            let w = of(text[before])
            guard used + w <= width else { break }
            used += w
            start = before
        }
        return text[start...]
    }
}
