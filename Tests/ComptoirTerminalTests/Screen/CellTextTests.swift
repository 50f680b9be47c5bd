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

        /// Text from the ledger (a name imported with an escape sequence) never sends a
        /// control character to the terminal, alone or carrying combining marks.
        @Test func noControlCharacterFromDataReachesTheTerminal() {
            for value in UInt32(0)...0xA0 {
                guard let scalar = Unicode.Scalar(value) else { continue }
                for text in ["\(scalar)", "\(scalar)\u{301}", "\u{1B}[2J\(scalar)"] {
                    for ch in text {
                        let out = converted(ch)
                        #expect(!out.contains { $0 < 0x20 || (0x7F...0x9F).contains($0) }, "U+\(String(value, radix: 16))")
                    }
                }
            }
        }
    }
}
