import Testing
@testable import ComptoirTerminal

extension ProcessStateTests {
    @Suite struct TerminalLocaleTests {
        @Test func succeedsUnderCUTF8() throws {
            let name = try withEnvironment(["LANG": "C.UTF-8", "LC_ALL": nil, "LC_CTYPE": nil]) {
                try TerminalLocale.ensureUTF8()
            }
            #expect(TerminalLocale.isUTF8)
            #expect(TerminalLocale.isUTF8(codeset: "UTF-8"))
            #expect(name.uppercased().contains("UTF"))
        }

        @Test func fallsBackWhenTheUserLocaleIsC() throws {
            let name = try withEnvironment(["LANG": "C", "LC_ALL": nil, "LC_CTYPE": nil]) {
                try TerminalLocale.ensureUTF8()
            }
            #expect(TerminalLocale.isUTF8)
            #expect(TerminalLocale.fallbacks.contains(name))
        }

        @Test func fallsBackWhenTheUserLocaleIsNotInstalled() throws {
            let name = try withEnvironment(["LANG": "xx_XX.ISO-8859-15", "LC_ALL": nil, "LC_CTYPE": nil]) {
                try TerminalLocale.ensureUTF8()
            }
            #expect(TerminalLocale.isUTF8)
            #expect(TerminalLocale.fallbacks.contains(name))
        }

        @Test func codesetSpellings() {
            #expect(TerminalLocale.isUTF8(codeset: "utf8"))
            #expect(TerminalLocale.isUTF8(codeset: "UTF8"))
            #expect(!TerminalLocale.isUTF8(codeset: "ANSI_X3.4-1968"))
            #expect(!TerminalLocale.isUTF8(codeset: "ISO-8859-15"))
        }

        @Test func theErrorSaysWhatToDoInFrench() {
            let message = TerminalError.noUTF8Locale.message
            #expect(message.contains("Aucune langue UTF-8 n'est installée"))
            #expect(message.contains("locales"))
            #expect(message.contains("LANG=C.UTF-8"))
            #expect("\(TerminalError.noUTF8Locale)" == message)
        }
    }
}
