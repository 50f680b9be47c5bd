/// A grid of cells the views draw into and a backend paints (ratatui's Buffer).
/// Every cell holds one character of width one: the UI's texts are French, which fits.
public struct Canvas: Hashable, Sendable {
    public struct Cell: Hashable, Sendable {
        public var character: Character
        public var style: Style
        public init(_ character: Character = " ", _ style: Style = .plain) {
            self.character = character
            self.style = style
        }
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should blink (the focused field), if anywhere.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    private var cursorX: Int?
    private var cursorY: Int = 0

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Writes text from (x, y), clipped at `maxWidth` and at the right edge. Returns the
    /// column after the last character written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        var col = x
        let limit = min(width, maxWidth.map { x + $0 } ?? width)
        for ch in text {
            if col >= limit { break }
            if col >= 0 { cells[y * width + col] = Cell(ch == "\t" ? " " : ch, style) }
            col += 1
        }
        return col
    }

    /// Fills a rectangle with one character and style.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, _ ch: Character = " ", style: Style = .plain) {
        for row in max(0, y)..<min(height, y + h) {
            for col in max(0, x)..<min(width, x + w) {
                cells[row * width + col] = Cell(ch, style)
            }
        }
    }

    /// The characters of one row.
    public func row(_ y: Int) -> String {
        String(cells[(y * width)..<((y + 1) * width)].map(\.character))
    }

    /// The whole screen as text, trailing spaces trimmed: what golden files hold.
    public var text: String {
        (0..<height).map { y in
            var line = row(y)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }

    public static func == (a: Canvas, b: Canvas) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
            && a.cursorX == b.cursorX && a.cursorY == b.cursorY
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(height)
        hasher.combine(cells)
    }
}
