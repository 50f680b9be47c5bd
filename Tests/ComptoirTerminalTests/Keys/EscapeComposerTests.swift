import ComptoirUI
import Testing
@testable import ComptoirTerminal

@Suite struct EscapeComposerTests {
    @Test func escapeAloneWaitsThenFlushes() {
        var composer = EscapeComposer()
        #expect(composer.feed(.escape) == [])
        #expect(composer.isPending)
        #expect(composer.flush() == [.escape])
        #expect(!composer.isPending)
        #expect(composer.flush() == [])
    }

    @Test func escapeThenLetterIsAlt() {
        var composer = EscapeComposer()
        _ = composer.feed(.escape)
        #expect(composer.feed(.char("x")) == [.alt("x")])
        #expect(!composer.isPending)
        #expect(composer.feed(.char("x")) == [.char("x")])
    }

    @Test func escapeThenAnotherKeyIsBoth() {
        var composer = EscapeComposer()
        _ = composer.feed(.escape)
        #expect(composer.feed(.up) == [.escape, .up])
        _ = composer.feed(.escape)
        #expect(composer.feed(.enter) == [.escape, .enter])
    }

    @Test func doubleEscapeKeepsTheSecondWaiting() {
        var composer = EscapeComposer()
        _ = composer.feed(.escape)
        #expect(composer.feed(.escape) == [.escape])
        #expect(composer.isPending)
        #expect(composer.feed(.char("é")) == [.alt("é")])
    }

    private func feed(_ text: String, then flush: Bool = false) -> [Key] {
        var composer = EscapeComposer()
        var keys: [Key] = []
        for c in text { keys += composer.feed(c == "\u{1B}" ? .escape : .char(c)) }
        if flush { keys += composer.flush() }
        #expect(!composer.isPending || !flush)
        return keys
    }

    @Test func sequencesNcursesDidNotKnow() {
        #expect(feed("\u{1B}[1~") == [.home])
        #expect(feed("\u{1B}[4~") == [.end])
        #expect(feed("\u{1B}[7~") == [.home])
        #expect(feed("\u{1B}[8~") == [.end])
        #expect(feed("\u{1B}[H") == [.home])
        #expect(feed("\u{1B}[F") == [.end])
        #expect(feed("\u{1B}[A") == [.up])
        #expect(feed("\u{1B}[1;5D") == [.left])
        #expect(feed("\u{1B}[3~") == [.delete])
        #expect(feed("\u{1B}[5~") == [.pageUp])
        #expect(feed("\u{1B}[6;2~") == [.pageDown])
        #expect(feed("\u{1B}[Z") == [.backTab])
        #expect(feed("\u{1B}OP") == [.function(1)])
        #expect(feed("\u{1B}OS") == [.function(4)])
        #expect(feed("\u{1B}[11~") == [.function(1)])
        #expect(feed("\u{1B}[15~") == [.function(5)])
        #expect(feed("\u{1B}[17~") == [.function(6)])
        #expect(feed("\u{1B}[21~") == [.function(10)])
        #expect(feed("\u{1B}[24~") == [.function(12)])
        #expect(feed("\u{1B}[15;2~") == [.function(17)])
        #expect(feed("\u{1B}[1;2P") == [.function(13)])
        #expect(feed("\u{1B}[[A") == [.function(1)])
        #expect(feed("\u{1B}[[E") == [.function(5)])
        #expect(feed("\u{1B}OA") == [.up])
        #expect(feed("\u{1B}OM") == [.enter])
    }

    @Test func applicationKeypadGivesDigitsAndOperators() {
        #expect(feed("\u{1B}Op\u{1B}Oq\u{1B}Ox\u{1B}Oy") == [.char("0"), .char("1"), .char("8"), .char("9")])
        #expect(feed("\u{1B}Ok\u{1B}Om\u{1B}Oj\u{1B}Oo\u{1B}On\u{1B}Ol") == "+-*/.,".map(Key.char))
    }

    @Test func unknownSequencesAreDropped() {
        #expect(feed("\u{1B}[<0;12;5M") == [])  // SGR mouse
        #expect(feed("\u{1B}[I") == [])  // focus in
        #expect(feed("\u{1B}[99~x") == [.char("x")])
        #expect(feed("\u{1B}Oz") == [])
    }

    @Test func aMouseReportAfterNcursesMatchedItsPrefixIsDropped() {
        var composer = EscapeComposer()
        composer.beginMouseReport()
        #expect(composer.isPending)
        var keys: [Key] = []
        for c in "0;12;5Mx" { keys += composer.feed(.char(c)) }
        #expect(keys == [.char("x")])
    }

    @Test func altBracketAndAltOWhenNothingFollows() {
        #expect(feed("\u{1B}[", then: true) == [.alt("[")])
        #expect(feed("\u{1B}O", then: true) == [.alt("O")])
        #expect(feed("\u{1B}[12", then: true) == [.alt("["), .char("1"), .char("2")])
        #expect(feed("\u{1B}[[", then: true) == [.alt("["), .char("[")])
    }

    @Test func anInterruptedSequenceIsDeliveredAsTyped() {
        var composer = EscapeComposer()
        _ = composer.feed(.escape)
        _ = composer.feed(.char("["))
        #expect(composer.feed(.enter) == [.alt("["), .enter])
        _ = composer.feed(.escape)
        _ = composer.feed(.char("O"))
        #expect(composer.feed(.escape) == [.alt("O")])
        #expect(composer.isPending)
        #expect(composer.feed(.char("é")) == [.alt("é")])
        _ = composer.feed(.escape)
        _ = composer.feed(.char("["))
        #expect(composer.feed(.char("é")) == [.alt("["), .char("é")])
    }

    @Test func otherKeysPassThrough() {
        var composer = EscapeComposer()
        #expect(composer.feed(.function(2)) == [.function(2)])
        #expect(composer.feed(.ctrl("c")) == [.ctrl("c")])
    }
}
