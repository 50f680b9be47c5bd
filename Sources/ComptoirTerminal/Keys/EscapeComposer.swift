import ComptoirUI

/// What follows an Esc, as a pure state machine fed with decoded keys (the terminal feeds it
/// and calls `flush()` when nothing more came within the short delay):
///
/// - Esc then a character is Alt+character (what terminals send for Alt+letter);
/// - Esc alone, or followed by another key, is `.escape`;
/// - escape sequences that ncurses did not recognise, because `TERM` does not match the
///   terminal (xterm's "\e[1~" for Home under TERM=xterm-256color in tmux, "\eOp"… from the
///   numeric keypad in application mode), are decoded here for the common keys and dropped
///   otherwise, instead of turning into Alt+"[" and stray characters.
public struct EscapeComposer: Hashable, Sendable {
    enum State: Hashable, Sendable {
        case idle
        case escape
        /// "\e[" then parameter and intermediate bytes.
        case csi(String)
        /// "\eO" then parameter bytes.
        case ss3(String)
        /// "\e[[": the Linux console's F1–F5 come next.
        case linuxConsole
    }

    private(set) var state = State.idle

    /// Longest parameter string kept before giving up on a sequence.
    static let maximumParameters = 16

    public init() {}

    /// Something after an Esc is waiting for the next key (or the end of the delay).
    public var isPending: Bool { state != .idle }

    /// The keys ready to deliver after `key` arrived (none while a sequence is under way).
    public mutating func feed(_ key: Key) -> [Key] {
        switch state {
        case .idle:
            if key == .escape {
                state = .escape
                return []
            }
            return [key]

        case .escape:
            switch key {
            case .escape:
                return [.escape]  // the first Esc was alone; the second one waits in turn
            case .char("["):
                state = .csi("")
                return []
            case .char("O"):
                state = .ss3("")
                return []
            case .char(let c):
                state = .idle
                return [.alt(c)]
            default:
                state = .idle
                return [.escape, key]
            }

        case .csi(let parameters):
            guard case .char(let c) = key, let byte = c.asciiValue else { return abandon(then: key) }
            switch byte {
            case 0x20...0x3F where parameters.count < Self.maximumParameters:
                state = .csi(parameters + String(c))
                return []
            case 0x5B where parameters.isEmpty:
                state = .linuxConsole
                return []
            case 0x40...0x7E:
                state = .idle
                return Self.decodeCSI(parameters: parameters, final: c).map { [$0] } ?? []
            default:
                return abandon(then: key)
            }

        case .ss3(let parameters):
            guard case .char(let c) = key, let byte = c.asciiValue else { return abandon(then: key) }
            switch byte {
            case 0x30...0x3F where parameters.count < Self.maximumParameters:
                state = .ss3(parameters + String(c))
                return []
            case 0x40...0x7E:
                state = .idle
                return Self.decodeSS3(parameters: parameters, final: c).map { [$0] } ?? []
            default:
                return abandon(then: key)
            }

        case .linuxConsole:
            if case .char(let c) = key, let byte = c.asciiValue, (0x41...0x45).contains(byte) {
                state = .idle
                return [.function(Int(byte) - 0x40)]
            }
            return abandon(then: key)
        }
    }

    /// ncurses recognised the terminal's mouse prefix ("\e[<", `KEY_MOUSE`): the rest of the
    /// report ("0;12;5M") follows as characters, to be dropped.
    public mutating func beginMouseReport() {
        state = .csi("<")
    }

    /// Nothing followed within the delay: what was typed is delivered as typed.
    public mutating func flush() -> [Key] {
        let keys = typedSoFar
        state = .idle
        return keys
    }

    /// The keys the pending bytes stand for if they are not a sequence after all.
    private var typedSoFar: [Key] {
        switch state {
        case .idle: return []
        case .escape: return [.escape]
        case .csi(let parameters): return [.alt("[")] + parameters.map(Key.char)
        case .ss3(let parameters): return [.alt("O")] + parameters.map(Key.char)
        case .linuxConsole: return [.alt("["), .char("[")]
        }
    }

    /// `key` cannot continue the sequence: deliver it as typed, then `key` itself.
    private mutating func abandon(then key: Key) -> [Key] {
        let keys = typedSoFar
        state = .idle
        return keys + feed(key)
    }

    /// "\e[" parameters final: xterm/VT220 cursor, editing and function keys. Modifiers are
    /// ignored, except Shift on F1–F12 which gives F13–F24 as ncurses does.
    static func decodeCSI(parameters: String, final: Character) -> Key? {
        if let first = parameters.first, "<=>?".contains(first) { return nil }  // private: mouse…
        let fields = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let number = (fields.first ?? nil) ?? 1  // an absent parameter is 1
        let shifted = fields.count > 1 && fields[1] == 2
        func function(_ n: Int) -> Key { .function(shifted ? n + 12 : n) }
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "P": return function(1)
        case "Q": return function(2)
        case "R": return function(3)
        case "S": return function(4)
        case "~":
            switch number {
            case 1, 7: return .home
            case 4, 8: return .end
            case 3: return .delete
            case 5: return .pageUp
            case 6: return .pageDown
            case 11...15: return function(number - 10)
            case 17...21: return function(number - 11)
            case 23, 24: return function(number - 12)
            default: return nil
            }
        default: return nil
        }
    }

    /// "\eO" parameters final: cursor and F1–F4 keys in application mode, and the numeric
    /// keypad in application mode (digits and operators, as the keys are labelled).
    static func decodeSS3(parameters: String, final: Character) -> Key? {
        let shifted = parameters == "2" || parameters.hasSuffix(";2")
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "M": return .enter
        case "P", "Q", "R", "S":
            let n = Int(final.asciiValue! - Character("P").asciiValue!) + 1
            return .function(shifted ? n + 12 : n)
        case "p"..."y":
            return .char(Character(Unicode.Scalar(final.asciiValue! - Character("p").asciiValue! + 0x30)))
        case "j": return .char("*")
        case "k": return .char("+")
        case "l": return .char(",")
        case "m": return .char("-")
        case "n": return .char(".")
        case "o": return .char("/")
        case "X": return .char("=")
        default: return nil
        }
    }
}
