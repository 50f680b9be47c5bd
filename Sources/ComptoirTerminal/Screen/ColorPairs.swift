import ComptoirUI

/// Curses colour pairs, created lazily for each (foreground, background) combination the
/// canvas uses. Pair 0 is the terminal's default colours. Pure bookkeeping: `Terminal` calls
/// `init_pair` when `pair(for:)` reports a new pair.
struct ColorPairs: Sendable {
    struct Combination: Hashable, Sendable {
        var foreground: Style.Color
        var background: Style.Color
    }

    /// How many pairs the terminal has (`COLOR_PAIRS`), pair 0 included.
    let capacity: Int
    private(set) var numbers: [Combination: Int16] = [:]

    init(capacity: Int) {
        self.capacity = max(0, min(capacity, Int(Int16.max)))
    }

    /// The pair for a combination, and whether it was just allocated (then the caller must
    /// define it). When the terminal has no pair left, falls back to pair 0.
    mutating func pair(foreground: Style.Color, background: Style.Color) -> (number: Int16, isNew: Bool) {
        if foreground == .normal, background == .normal { return (0, false) }
        let combination = Combination(foreground: foreground, background: background)
        if let number = numbers[combination] { return (number, false) }
        let next = numbers.count + 1
        guard next < capacity else { return (0, false) }
        numbers[combination] = Int16(next)
        return (Int16(next), true)
    }

    /// The curses colour number of a style colour; `.normal` is the terminal's default (-1)
    /// when `use_default_colors` worked, else white on black.
    static func cursesColor(_ color: Style.Color, isForeground: Bool, defaultColors: Bool) -> Int16 {
        switch color {
        case .normal: return defaultColors ? -1 : (isForeground ? 7 : 0)
        case .black: return 0
        case .red: return 1
        case .green: return 2
        case .yellow: return 3
        case .blue: return 4
        case .magenta: return 5
        case .cyan: return 6
        case .white: return 7
        }
    }
}
