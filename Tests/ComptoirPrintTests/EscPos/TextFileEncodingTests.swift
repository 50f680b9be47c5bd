import Testing
@testable import ComptoirPrint

@Suite("Text file encoding")
struct TextFileEncodingTests {
    @Test func latin9HasTheFrenchLettersAndTheEuroInOneByte() {
        #expect(TextFileEncoding.latin9.encode("é") == [0xE9])
        #expect(TextFileEncoding.latin9.encode("€") == [0xA4])
        #expect(TextFileEncoding.latin9.encode("œŒŸàçÉ") == [0xBD, 0xBC, 0xBE, 0xE0, 0xE7, 0xC9])
        // A decomposed é (e + combining acute) is the same byte.
        #expect(TextFileEncoding.latin9.encode("e\u{301}") == [0xE9])
        #expect(TextFileEncoding.latin9.encode("a|b\r\n\t") == Array("a|b\r\n\t".utf8))
    }

    @Test func whatLatin9LacksIsSpelledOutNeverDropped() {
        #expect(TextFileEncoding.latin9.encode("l’été…") == Array("l'".utf8) + [0xE9, 0x74, 0xE9] + Array("...".utf8))
        #expect(TextFileEncoding.latin9.encode("Łódź") == [0x4C, 0xF3, 0x64, 0x7A])
        #expect(TextFileEncoding.latin9.encode("a😀b") == [0x61, 0x3F, 0x62])
        // ¤, which latin9 gave up for €, has no byte: it is not written as €.
        #expect(TextFileEncoding.latin9.encode("¤") != [0xA4])
        #expect(TextFileEncoding.latin9.encode("¤").count == 1)
    }

    @Test func utf8IsTheTextAsItIs() {
        #expect(TextFileEncoding.utf8.encode("é€") == [0xC3, 0xA9, 0xE2, 0x82, 0xAC])
    }

    @Test func theNamesTypedOnTheCommandLine() {
        #expect(TextFileEncoding(name: "latin9") == .latin9)
        #expect(TextFileEncoding(name: "ISO-8859-15") == .latin9)
        #expect(TextFileEncoding(name: "UTF-8") == .utf8)
        #expect(TextFileEncoding(name: "latin1") == nil)
        #expect(TextFileEncoding(name: "") == nil)
    }
}
