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
    /// How `text` was aligned with spaces, measured in printed bytes (`PrintedWidth`). An
    /// ESC/POS encoder prints those spaces: the printer would align over its full paper,
    /// not over the configured width.
    public var alignment: Alignment
    /// The same line laid out for double width and height, in half the columns, when it
    /// fits there on one line. An ESC/POS encoder prints it instead of `text`; plain text,
    /// which has no double size, keeps `text`.
    public var doubleSizeText: String?
    /// A barcode an ESC/POS encoder prints, centred, instead of `text`; plain text keeps
    /// `text`, which shows the barcode's data.
    public var barcode: Code128?

    public init(
        _ text: String, bold: Bool = false, alignment: Alignment = .left, doubleSizeText: String? = nil,
        barcode: Code128? = nil
    ) {
        self.text = text
        self.isBold = bold
        self.alignment = alignment
        self.doubleSizeText = doubleSizeText
        self.barcode = barcode
    }

    /// A line that prints `barcode`, centred; as text, `[||| F427 |||]` centred in `width`.
    public static func barcode(_ barcode: Code128, width: ReceiptWidth) -> PrintLine {
        let text = barcode.previewText(width: width.columns)
        return PrintLine(
            TextLayout.spaces((width.columns - text.count) / 2) + text, alignment: .centre, barcode: barcode)
    }
}
