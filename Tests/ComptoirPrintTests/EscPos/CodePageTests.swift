@testable import ComptoirPrint
import Testing

/// Byte values below were taken from Python's codecs (`'é'.encode('cp858')`, `cp1252`),
/// not from the tables under test.
@Suite("Code pages")
struct CodePageTests {
    static let frenchLetters = "àâäçéèêëîïôöùûüÿ ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ"

    static let frenchBytes: [(CodePage, [UInt8])] = [
        (.cp858, [
            0x85, 0x83, 0x84, 0x87, 0x82, 0x8A, 0x88, 0x89, 0x8C, 0x8B, 0x93, 0x94, 0x97, 0x96, 0x81, 0x98,
            0x20,
            0xB7, 0xB6, 0x8E, 0x80, 0x90, 0xD4, 0xD2, 0xD3, 0xD7, 0xD8, 0xE2, 0x99, 0xEB, 0xEA, 0x9A,
        ]),
        (.wpc1252, [
            0xE0, 0xE2, 0xE4, 0xE7, 0xE9, 0xE8, 0xEA, 0xEB, 0xEE, 0xEF, 0xF4, 0xF6, 0xF9, 0xFB, 0xFC, 0xFF,
            0x20,
            0xC0, 0xC2, 0xC4, 0xC7, 0xC9, 0xC8, 0xCA, 0xCB, 0xCE, 0xCF, 0xD4, 0xD6, 0xD9, 0xDB, 0xDC,
        ]),
    ]

    /// The bytes each page leaves undefined, besides the commands below 0x20 and 0x7F.
    static let holes: [CodePage: Set<UInt8>] = [.cp858: [], .wpc1252: [0x81, 0x8D, 0x8F, 0x90, 0x9D]]

    @Test func settingsNamesAndEpsonNumbers() {
        #expect(CodePage(rawValue: "cp858") == .cp858)
        #expect(CodePage(rawValue: "wpc1252") == .wpc1252)
        #expect(CodePage.cp858.escPosNumber == 19)
        #expect(CodePage.wpc1252.escPosNumber == 16)
    }

    @Test func euroSign() {
        #expect(CodePage.cp858.encode("€") == [0xD5])
        #expect(CodePage.wpc1252.encode("€") == [0x80])
        #expect(CodePage.cp858.encode("17,50 €") == [0x31, 0x37, 0x2C, 0x35, 0x30, 0x20, 0xD5])
    }

    @Test("every French letter has its own byte", arguments: frenchBytes)
    func frenchLetters(page: CodePage, bytes: [UInt8]) {
        #expect(page.encode(Self.frenchLetters) == bytes)
        for (character, byte) in zip(Self.frenchLetters, bytes) {
            #expect(page.encode(String(character)) == [byte], "\(character)")
            #expect(page.character(for: byte) == character, "\(character)")
        }
    }

    @Test func capitalYWithDiaeresis() {
        // CP858 has ÿ but not Ÿ.
        #expect(CodePage.cp858.encode("Ÿ") == Array("Y".utf8))
        #expect(CodePage.wpc1252.encode("Ÿ") == [0x9F])
    }

    @Test func otherSignsOfAFrenchReceipt() {
        let signs = "«»°£§µ²³½¼¾\u{00A0}æÆß"
        #expect(CodePage.cp858.encode(signs) == [
            0xAE, 0xAF, 0xF8, 0x9C, 0xF5, 0xE6, 0xFD, 0xFC, 0xAB, 0xAC, 0xF3, 0xFF, 0x91, 0x92, 0xE1,
        ])
        #expect(CodePage.wpc1252.encode(signs) == [
            0xAB, 0xBB, 0xB0, 0xA3, 0xA7, 0xB5, 0xB2, 0xB3, 0xBD, 0xBC, 0xBE, 0xA0, 0xE6, 0xC6, 0xDF,
        ])
        #expect(CodePage.cp858.encode("Ticket n° 42") == Array("Ticket n".utf8) + [0xF8] + Array(" 42".utf8))
    }

    @Test func asciiIsItself() {
        let ascii = String((0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) })
        for page in CodePage.allCases {
            #expect(page.encode(ascii) == Array(ascii.utf8))
        }
    }

    @Test("CP858 transliterates what it lacks")
    func transliterationInCP858() {
        let page = CodePage.cp858
        func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }
        #expect(page.encode("Bœuf, Œuvre") == ascii("Boeuf, OEuvre"))
        #expect(page.encode("l’été") == ascii("l'") + [0x82] + ascii("t") + [0x82])
        #expect(page.encode("‘a’ “b” „c“") == ascii("'a' \"b\" \"c\""))
        #expect(page.encode("10–12 — fin") == ascii("10-12 - fin"))
        #expect(page.encode("etc…") == ascii("etc..."))
        #expect(page.encode("• ▶ ◀") == ascii("* > <"))
        #expect(page.encode("1\u{202F}234") == ascii("1 234"))
        #expect(page.encode("FACTICE — MODE FORMATION") == ascii("FACTICE - MODE FORMATION"))
        // Letters with marks the page lacks lose the mark; a few letters need a table.
        #expect(page.encode("Ā ā Ş ž Ł ł ı") == ascii("A a S z L l i"))
        #expect(page.encode("ﬁ™") == ascii("fiTM"))
    }

    @Test("WPC1252 has œ, quotes, dashes and the ellipsis; it transliterates the rest")
    func transliterationInWPC1252() {
        let page = CodePage.wpc1252
        #expect(page.encode("œŒ’‘–—…•“”„") == [0x9C, 0x8C, 0x92, 0x91, 0x96, 0x97, 0x85, 0x95, 0x93, 0x94, 0x84])
        #expect(page.encode("▶ ◀") == Array("> <".utf8))
        #expect(page.encode("1\u{202F}234") == Array("1 234".utf8))
        #expect(page.encode("Ā ł ı") == Array("A l i".utf8))
    }

    @Test func combiningMarksCompose() {
        #expect(CodePage.cp858.encode("e\u{301}te\u{301}") == [0x82, 0x74, 0x82])
        #expect(CodePage.wpc1252.encode("E\u{301}picerie") == [0xC9] + Array("picerie".utf8))
        // Nothing to compose with: the base letter.
        #expect(CodePage.cp858.encode("q\u{303}") == Array("q".utf8))
    }

    @Test func lastResortIsAQuestionMark() {
        for page in CodePage.allCases {
            #expect(page.encode("Ωя") == Array("??".utf8))
            #expect(page.encode("😀🇫🇷") == Array("??".utf8), "one per character")
        }
    }

    @Test func controlCharactersPrintAsSpaces() {
        for page in CodePage.allCases {
            #expect(page.encode("a\u{1B}@\tb\u{1D}V\u{7F}\u{85}") == Array("a @ b V  ".utf8))
            #expect(page.encode("a\u{200B}b\u{FEFF}") == Array("a b ".utf8))
        }
    }

    static let tricky = [
        "Bœuf bourguignon – « fait maison »…", "L’Haÿ-les-Roses", "ŒUVRES • ÉTÉ ▶ 2026",
        "Łódź, Ærø, İstanbul, Ǆemal", "Straße ½ kg ⅓ µg μg", "A\u{202F}B\u{2009}C\u{00A0}D\u{200B}E",
        "e\u{301}\u{327}a\u{308}\u{304}", "😀👨‍👩‍👧🇫🇷", "Ωмега 中文", "\u{301}", "\u{1B}@\u{1D}V\u{0}\r\n\u{7F}",
        "‰†‡ˆ˜“”„‹›–—™š›œžŸ", Self.frenchLetters, CodePageTests.allWPC1252Characters,
    ]

    static var allWPC1252Characters: String {
        String((0x80...0xFF).compactMap { CodePage.wpc1252.character(for: UInt8($0)) })
    }

    @Test("nothing is dropped and every byte is a character of the page", arguments: CodePage.allCases)
    func nothingIsDropped(page: CodePage) {
        for text in Self.tricky {
            let bytes = page.encode(text)
            #expect(bytes.count >= text.count, "\(text)")
            for byte in bytes {
                let defined = (0x20...0x7E).contains(byte) || (byte >= 0x80 && !Self.holes[page]!.contains(byte))
                #expect(defined, "\(text): byte \(byte)")
            }
        }
    }

    @Test("each byte of the table encodes back to itself", arguments: CodePage.allCases)
    func tableRoundTrip(page: CodePage) {
        var holes: Set<UInt8> = []
        for byte in UInt8(0x80)...0xFF {
            guard let character = page.character(for: byte) else { holes.insert(byte); continue }
            #expect(page.encode(String(character)) == [byte], "\(byte)")
        }
        #expect(holes == Self.holes[page])
        for byte in UInt8(0)..<0x20 { #expect(page.character(for: byte) == nil) }
        #expect(page.character(for: 0x7F) == nil)
    }

    @Test("every replacement prints in both pages as written", arguments: CodePage.allCases)
    func replacementsAreInThePage(page: CodePage) {
        for (scalar, spelling) in Transliteration.replacements {
            #expect(page.encode(spelling).count == spelling.unicodeScalars.count, "U+\(String(scalar.value, radix: 16))")
            #expect(!page.encode(spelling).contains(0x3F), "U+\(String(scalar.value, radix: 16))")
        }
    }
}
