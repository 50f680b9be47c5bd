/// A receipt as plain text: for previews, the "print to a file" transport and tests.
public struct ReceiptTextRenderer: Sendable {
    public var layout: ReceiptLayout

    public init(layout: ReceiptLayout = ReceiptLayout()) { self.layout = layout }

    /// The receipt, one printed line per text line, each at most `width` characters,
    /// ending with a newline.
    public func render(_ receipt: Receipt, width: ReceiptWidth) -> String {
        layout.document(for: receipt, width: width).plainText
    }
}
