import ComptoirUI
import Testing
@testable import ComptoirTerminal

/// ncurses' own numbers (octal, from <ncursesw/curses.h>), written out so that a wrong
/// constant in the decoder shows up here.
private enum Curses {
    static let ok: Int32 = 0
    static let keyCode: Int32 = 0o400
    static let err: Int32 = -1
    static func f(_ n: UInt32) -> UInt32 { 0o410 + n }
    static let down: UInt32 = 0o402, up: UInt32 = 0o403, left: UInt32 = 0o404, right: UInt32 = 0o405
    static let home: UInt32 = 0o406, backspace: UInt32 = 0o407, delete: UInt32 = 0o512
    static let npage: UInt32 = 0o522, ppage: UInt32 = 0o523, enter: UInt32 = 0o527
    static let btab: UInt32 = 0o541, end: UInt32 = 0o550, find: UInt32 = 0o552, select: UInt32 = 0o601
    static let resize: UInt32 = 0o632
    static let a1: UInt32 = 0o534, a3: UInt32 = 0o535, b2: UInt32 = 0o536, c1: UInt32 = 0o537, c3: UInt32 = 0o540
}

private func char(_ code: UInt32) -> Key? { KeyDecoder.decode(status: Curses.ok, code: code) }
private func keyCode(_ code: UInt32) -> Key? { KeyDecoder.decode(status: Curses.keyCode, code: code) }
private func scalar(_ s: Unicode.Scalar) -> UInt32 { s.value }

@Suite struct KeyDecoderTests {
    @Test(arguments: 1...12)
    func functionKeys(n: Int) {
        #expect(keyCode(Curses.f(UInt32(n))) == .function(n))
    }

    @Test func shiftedFunctionKeysAreF13ToF24() {
        #expect(keyCode(Curses.f(13)) == .function(13))
        #expect(keyCode(Curses.f(24)) == .function(24))
        #expect(keyCode(Curses.f(25)) == nil)
        #expect(keyCode(Curses.f(0)) == nil)
    }

    @Test func arrows() {
        #expect(keyCode(Curses.up) == .up)
        #expect(keyCode(Curses.down) == .down)
        #expect(keyCode(Curses.left) == .left)
        #expect(keyCode(Curses.right) == .right)
    }

    @Test func homeEndAndTheirVariants() {
        #expect(keyCode(Curses.home) == .home)
        #expect(keyCode(Curses.find) == .home)
        #expect(keyCode(Curses.end) == .end)
        #expect(keyCode(Curses.select) == .end)
    }

    @Test func pages() {
        #expect(keyCode(Curses.ppage) == .pageUp)
        #expect(keyCode(Curses.npage) == .pageDown)
    }

    @Test func enterVariants() {
        #expect(char(13) == .enter)
        #expect(char(10) == .enter)
        #expect(keyCode(Curses.enter) == .enter)
    }

    @Test func backspaceVariants() {
        #expect(keyCode(Curses.backspace) == .backspace)
        #expect(char(127) == .backspace)
        #expect(char(8) == .backspace)
    }

    @Test func deleteTabAndBackTab() {
        #expect(keyCode(Curses.delete) == .delete)
        #expect(char(9) == .tab)
        #expect(keyCode(Curses.btab) == .backTab)
    }

    @Test func escapeIsDecodedAloneAndCombinedLater() {
        #expect(char(27) == .escape)
    }

    @Test func controlLetters() {
        #expect(char(3) == .ctrl("c"))
        #expect(char(1) == .ctrl("a"))
        #expect(char(17) == .ctrl("q"))
        #expect(char(26) == .ctrl("z"))
        #expect(char(0) == nil)
        #expect(char(28) == nil)
    }

    @Test func printableAndAccentedCharacters() {
        #expect(char(scalar("a")) == .char("a"))
        #expect(char(scalar("7")) == .char("7"))
        #expect(char(scalar(" ")) == .char(" "))
        #expect(char(scalar("é")) == .char("é"))
        #expect(char(scalar("€")) == .char("€"))
        #expect(char(scalar("Ç")) == .char("Ç"))
        #expect(char(0x9B) == nil)  // C1 control
        #expect(char(0xD800) == nil)  // not a scalar
    }

    @Test func keypadInApplicationModeGivesItsDigits() {
        #expect(keyCode(Curses.a1) == .char("7"))
        #expect(keyCode(Curses.a3) == .char("9"))
        #expect(keyCode(Curses.b2) == .char("5"))
        #expect(keyCode(Curses.c1) == .char("1"))
        #expect(keyCode(Curses.c3) == .char("3"))
    }

    @Test func timeoutAndResizeAreNotKeys() {
        #expect(KeyDecoder.decode(status: Curses.err, code: 0) == nil)
        #expect(keyCode(Curses.resize) == nil)
        #expect(KeyDecoder.isResize(status: Curses.keyCode, code: Curses.resize))
        #expect(!KeyDecoder.isResize(status: Curses.ok, code: Curses.resize))
        #expect(KeyDecoder.isMouse(status: Curses.keyCode, code: 0o631))
        #expect(keyCode(0o631) == nil)
    }

    @Test func extendedKeysOfTheTerminal() {
        let decoder = KeyDecoder(extendedKeys: [600: .left])
        #expect(decoder.decode(status: Curses.keyCode, code: 600) == .left)
        #expect(decoder.decode(status: Curses.ok, code: 600) == .char("ɘ"))
        #expect(decoder.decode(status: Curses.keyCode, code: 601) == nil)
    }
}
