import Testing
@testable import ComptoirCore

@Suite struct PrintableTextTests {
    @Test func controlCharactersAreShownNotSent() {
        #expect(PrintableText.sanitized("Dupont\u{1B}[2J") == "Dupont\u{FFFD}[2J")
        #expect(PrintableText.sanitized("a\u{0}b\u{7F}c\u{9B}d\r") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}")
        #expect(PrintableText.sanitized("deux\nlignes\tici") == "deux lignes ici")
        #expect(PrintableText.sanitized("deux\nlignes", singleLine: false) == "deux\nlignes")
        #expect(PrintableText.sanitized("Hélène Œ 😀") == "Hélène Œ 😀")
        for scalar in (0...0xA0).compactMap(Unicode.Scalar.init) {
            let out = PrintableText.sanitized("x\(scalar)y")
            #expect(!out.unicodeScalars.contains { PrintableText.isControl($0) }, "\(scalar.value)")
        }
    }
}
