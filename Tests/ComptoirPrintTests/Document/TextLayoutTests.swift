@testable import ComptoirPrint
import Testing

@Suite("Fixed-width text layout")
struct TextLayoutTests {
    @Test func wrapAtWordBoundaries() {
        #expect(TextLayout.wrap("Robe longue en soie imprimée", width: 10) == ["Robe", "longue en", "soie", "imprimée"])
        #expect(TextLayout.wrap("Robe longue", width: 11) == ["Robe longue"])
        #expect(TextLayout.wrap("Robe longue", width: 10) == ["Robe", "longue"])
    }

    @Test func wrapCutsAWordLongerThanTheWidth() {
        #expect(TextLayout.wrap("abcdefghij klm", width: 4) == ["abcd", "efgh", "ij", "klm"])
        #expect(TextLayout.wrap("ab abcdefgh", width: 4) == ["ab", "abcd", "efgh"])
    }

    @Test func wrapCountsCharactersNotBytesOrScalars() {
        // "é" as e + combining acute: one Character, two scalars.
        #expect(TextLayout.wrap("e\u{301}te\u{301} e\u{301}te\u{301}", width: 3) == ["e\u{301}te\u{301}", "e\u{301}te\u{301}"])
        #expect(TextLayout.wrap("Épicerie", width: 8) == ["Épicerie"])
    }

    @Test func emptyTextGivesNoLine() {
        #expect(TextLayout.wrap("", width: 10).isEmpty)
        #expect(TextLayout.wrap("   \n ", width: 10).isEmpty)
    }

    @Test func cleanRemovesControlCharactersAndExtraSpaces() {
        #expect(TextLayout.clean("  Canapé\t convertible\u{1B}@\n\r 3 places ") == "Canapé convertible @ 3 places")
        #expect(TextLayout.clean("\u{1B}\u{1D}V") == "V")
    }

    @Test func centred() {
        #expect(TextLayout.centred("abc", width: 8) == ["  abc"])
        #expect(TextLayout.centred("abcd", width: 8) == ["  abcd"])
        #expect(TextLayout.centred("abcdefgh", width: 8) == ["abcdefgh"])
        #expect(TextLayout.centred("ab cdefghij", width: 8) == ["   ab", "cdefghij"])
    }

    @Test func row() {
        #expect(TextLayout.row("TOTAL", "7,50 €", width: 16) == ["TOTAL     7,50 €"])
        #expect(TextLayout.row("TOTAL", "7,50 €", width: 12) == ["TOTAL 7,50 €"])
        #expect(TextLayout.row("TOTAL", "7,50 €", width: 11) == ["TOTAL", "     7,50 €"])
        #expect(TextLayout.row("3 x 1,00 €", "3,00 €", width: 20, indent: 2) == ["  3 x 1,00 €  3,00 €"])
        #expect(TextLayout.row("3 x 1,00 €", "3,00 €", width: 18, indent: 2) == ["  3 x 1,00 €", "            3,00 €"])
    }

    @Test func labelRow() {
        #expect(TextLayout.labelRow("Pantalon", "2,00 €", width: 20) == ["Pantalon      2,00 €"])
        #expect(TextLayout.labelRow("Robe longue en soie", "12,00 €", width: 24) == [
            "Robe longue en   12,00 €",
            "soie",
        ])
        // Too narrow a column: the label takes the whole width, the amount its own line.
        #expect(TextLayout.labelRow("Lampe de chevet", "1 234 567,89 €", width: 20) == [
            "Lampe de chevet",
            "      1 234 567,89 €",
        ])
        #expect(TextLayout.labelRow("", "2,00 €", width: 10) == ["    2,00 €"])
    }

    @Test func rightAlignedNeverOverflows() {
        #expect(TextLayout.rightAligned("2,00 €", width: 8) == "  2,00 €")
        #expect(TextLayout.rightAligned("1 234,00 €", width: 8) == "234,00 €")
    }

    @Test func separator() {
        #expect(TextLayout.separator(width: 5) == "-----")
    }
}
