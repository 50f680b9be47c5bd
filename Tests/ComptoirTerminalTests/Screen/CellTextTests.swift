#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import ComptoirTerminal

extension ProcessStateTests {
    /// Needs the UTF-8 locale (wcwidth), hence inside the serialized suite.
    @Suite struct CellTextTests {
        init() throws { try TerminalLocale.ensureUTF8() }

        private func converted(_ character: Character) -> [UInt32] {
            var buffer: [wchar_t] = []
            CellText.append(character, to: &buffer)
            return buffer.map { UInt32(bitPattern: $0) }
        }

        @Test func frenchTextPassesThrough() {
            #expect(converted("a") == [0x61])
            #expect(converted("é") == [0xE9])
            #expect(converted("€") == [0x20AC])
            #expect(converted("─") == [0x2500])
            #expect(converted("\u{202F}") == [0x202F])  // narrow no-break space, "12,50 €"
        }

        @Test func combiningMarksStayOnTheirLetter() {
            #expect(converted("e\u{301}") == [0x65, 0x301])
        }

        @Test func controlsBecomeSpacesAndWideCharactersQuestionMarks() {
            #expect(converted("\n") == [0x20])
            #expect(converted("\u{7F}") == [0x20])
            #expect(converted("\u{85}") == [0x20])
            #expect(converted("中") == [0x3F])
            #expect(converted("😀") == [0x3F])
        }
    }
}
