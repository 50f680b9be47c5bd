/// One line of a printed document, already laid out to the paper's width: alignment is
/// done with spaces, so the text prints the same on paper, in a preview or in a test.
/// The style is what an ESC/POS encoder turns into printer commands; plain text drops it.
public struct PrintLine: Hashable, Sendable {
    public var text: String
    public var isBold: Bool

    public init(_ text: String, bold: Bool = false) {
        self.text = text
        self.isBold = bold
    }
}
