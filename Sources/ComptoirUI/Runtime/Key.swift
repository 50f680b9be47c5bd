/// A key press, as the terminal backend decodes it. The UI never sees raw curses codes.
public enum Key: Hashable, Sendable {
    /// A printable character (UTF-8 text, a scanner's digits).
    case char(Character)
    /// Alt+letter (Esc then the letter), the letter alternative to function keys.
    case alt(Character)
    /// Ctrl+letter, lowercase letter.
    case ctrl(Character)
    case function(Int)
    case enter, escape, backspace, delete, tab, backTab
    case up, down, left, right, home, end, pageUp, pageDown
}
