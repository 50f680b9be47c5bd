/// A document laid out for a paper width: what every renderer (plain text, ESC/POS bytes)
/// starts from. No line prints wider than `width` columns (`PrintedWidth`).
public struct PrintDocument: Hashable, Sendable {
    public var width: ReceiptWidth
    public var lines: [PrintLine]

    public init(width: ReceiptWidth, lines: [PrintLine] = []) {
        self.width = width
        self.lines = lines
    }

    /// The lines joined with newlines, with a final newline.
    public var plainText: String {
        lines.map(\.text).joined(separator: "\n") + "\n"
    }
}
