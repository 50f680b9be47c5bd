/// How a cell is drawn. Colours are a hint: a backend without colour uses only the
/// attributes, so every meaning is also carried by text or reverse video.
public struct Style: Hashable, Sendable {
    public enum Color: UInt8, Hashable, Sendable {
        case normal, red, green, yellow, blue, magenta, cyan, white, black
    }

    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool
    public var foreground: Color
    public var background: Color

    public init(bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false,
                foreground: Color = .normal, background: Color = .normal) {
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
        self.foreground = foreground
        self.background = background
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let reverse = Style(reverse: true)
    public static let title = Style(bold: true, foreground: .white, background: .blue)
    public static let keyBar = Style(reverse: true)
    public static let error = Style(bold: true, foreground: .red)
    public static let success = Style(bold: true, foreground: .green)
    public static let selected = Style(reverse: true)
    public static let banner = Style(bold: true, foreground: .black, background: .yellow)
}
