/// One line of a printed document, already laid out to the paper's width: alignment is
/// done with spaces, so the text prints the same on paper, in a preview or in a test.
/// The style is what an ESC/POS encoder turns into printer commands; plain text drops it.
public struct PrintLine: Hashable, Sendable {
    /// How the layout placed a line's text within the width.
    public enum Alignment: Hashable, Sendable {
        case left, centre, right
    }

    public var text: String
    public var isBold: Bool
    /// How `text` was aligned with spaces. An ESC/POS encoder drops the leading spaces of a
    /// centred or right-aligned line and lets the printer align it, so a character that
    /// prints wider than it counts (`œ` as `oe`) cannot push the line off centre.
    public var alignment: Alignment
    /// The same line laid out for double width and height, in half the columns, when it
    /// fits there on one line. An ESC/POS encoder prints it instead of `text`; plain text,
    /// which has no double size, keeps `text`.
    public var doubleSizeText: String?

    public init(_ text: String, bold: Bool = false, alignment: Alignment = .left, doubleSizeText: String? = nil) {
        self.text = text
        self.isBold = bold
        self.alignment = alignment
        self.doubleSizeText = doubleSizeText
    }
}
