import CNCursesW
import ComptoirUI

/// Turns what `wget_wch` returned into a `Key`: pure, so every key family is unit tested
/// without a terminal. Esc followed by a character (Alt+letter) is combined afterwards by
/// `EscapeComposer`; the resize code is handled by `Terminal` (see `isResize`).
public struct KeyDecoder: Sendable {
    /// `wget_wch`'s status for a character ("OK").
    public static let characterStatus = Int32(OK)
    /// `wget_wch`'s status for a key code (`KEY_CODE_YES`).
    public static let keyCodeStatus = Int32(KEY_CODE_YES)

    /// Codes above `KEY_MAX` that ncurses gives to the terminal's extended key capabilities
    /// (Ctrl+arrows "kUP5", Shift+End "kEND2"…), read from terminfo when curses starts.
    public var extendedKeys: [UInt32: Key]

    public init(extendedKeys: [UInt32: Key] = [:]) {
        self.extendedKeys = extendedKeys
    }

    /// Whether the input is ncurses' `KEY_RESIZE`.
    public static func isResize(status: Int32, code: UInt32) -> Bool {
        status == keyCodeStatus && code == UInt32(KEY_RESIZE)
    }

    /// Whether the input is ncurses' `KEY_MOUSE`: the terminal's mouse prefix ("\e[<") matched
    /// and the rest of the report follows as characters (the till never asks for the mouse).
    public static func isMouse(status: Int32, code: UInt32) -> Bool {
        status == keyCodeStatus && code == UInt32(KEY_MOUSE)
    }

    /// The key for one `wget_wch` result, or nil for a timeout (`ERR`), `KEY_RESIZE` and keys
    /// the till has no use for.
    public func decode(status: Int32, code: UInt32) -> Key? {
        if status == Self.keyCodeStatus, let key = extendedKeys[code] { return key }
        return Self.decode(status: status, code: code)
    }

    /// `decode(status:code:)` without terminal-specific extended keys.
    public static func decode(status: Int32, code: UInt32) -> Key? {
        switch status {
        case characterStatus: return decodeCharacter(code)
        case keyCodeStatus: return decodeKeyCode(code)
        default: return nil
        }
    }

    static func decodeCharacter(_ code: UInt32) -> Key? {
        switch code {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(96 + code))))
        case 0..<32, 128..<160: return nil  // Ctrl+@, Ctrl+\ … and C1 controls
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    static func decodeKeyCode(_ code: UInt32) -> Key? {
        let fKey0 = UInt32(KEY_F0)
        if code > fKey0, code <= fKey0 + 24 {
            // F1–F12, and F13–F24 as most terminals send Shift+F1–F12.
            return .function(Int(code - fKey0))
        }
        switch Int32(code) {
        case KEY_UP, KEY_SR: return .up
        case KEY_DOWN, KEY_SF: return .down
        case KEY_LEFT, KEY_SLEFT: return .left
        case KEY_RIGHT, KEY_SRIGHT: return .right
        case KEY_HOME, KEY_SHOME, KEY_FIND: return .home
        case KEY_END, KEY_SEND, KEY_SELECT, KEY_LL: return .end
        case KEY_PPAGE, KEY_SPREVIOUS: return .pageUp
        case KEY_NPAGE, KEY_SNEXT: return .pageDown
        // The numeric keypad in application mode: a till types amounts on it, so its keys
        // are the digits printed on them (as with Num Lock), not Home/PageUp/End/PageDown.
        case KEY_A1: return .char("7")
        case KEY_A3: return .char("9")
        case KEY_B2: return .char("5")
        case KEY_C1: return .char("1")
        case KEY_C3: return .char("3")
        case KEY_DC, KEY_SDC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        default: return nil
        }
    }

    /// The terminfo capabilities of modified keys (suffix 2–8: Shift, Alt, Ctrl and their
    /// combinations) and the plain key each one stands for.
    static let modifiedKeyCapabilities: [(name: String, key: Key)] = [
        ("kUP", .up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right),
        ("kHOM", .home), ("kEND", .end), ("kPRV", .pageUp), ("kNXT", .pageDown), ("kDC", .delete),
    ]

    /// The numeric keypad's extended capabilities (application mode) and the key printed on
    /// each (the corners and centre are `KEY_A1`… above).
    static let keypadCapabilities: [(name: String, key: Key)] = [
        ("ka2", .char("8")), ("kb1", .char("4")), ("kb3", .char("6")), ("kc2", .char("2")),
        ("kpZRO", .char("0")), ("kpADD", .char("+")), ("kpSUB", .char("-")), ("kpMUL", .char("*")),
        ("kpDIV", .char("/")), ("kpDOT", .char(".")), ("kpCMA", .char(",")),
    ]

    /// Reads the extended key codes of the running terminal (curses must be started).
    static func extendedKeysOfCurrentTerminal() -> [UInt32: Key] {
        var keys: [UInt32: Key] = [:]
        func add(_ capability: String, _ key: Key) {
            let code = cmp_key_code_for_capability(capability)
            if code > 0 { keys[UInt32(code)] = key }
        }
        for (name, key) in modifiedKeyCapabilities {
            for modifier in 2...8 { add("\(name)\(modifier)", key) }
        }
        for (name, key) in keypadCapabilities { add(name, key) }
        return keys
    }
}
