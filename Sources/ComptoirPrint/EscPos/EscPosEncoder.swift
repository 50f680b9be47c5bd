/// Turns a laid-out document into the bytes of one ESC/POS print job: initialise, select
/// the code page, open the drawer if asked, print the lines with their style (or their
/// barcode), feed, cut.
///
/// The drawer opens before anything prints, so the change can be given while the receipt
/// comes out. The cut is a plain feed of `feedLinesBeforeCut` lines then `GS V 0`
/// (function A), the most widely supported form. The feed-and-cut `GS V 65 n` (function B)
/// would compute the feed itself; an explicit feed, a setting, ends the job the same way
/// on every model.
public struct EscPosEncoder: Sendable {
    public var codePage: CodePage
    /// Lines fed after the last one so that it clears the cutter, which sits above the
    /// print head at a distance that differs by model. The default, 4 lines at the
    /// power-on spacing of 1/6 inch, is about 17 mm.
    public var feedLinesBeforeCut: Int
    /// False in training mode: no job ever carries a drawer kick, whatever it asks.
    public var kicksDrawer: Bool

    public init(codePage: CodePage = .cp858, feedLinesBeforeCut: Int = 4, kicksDrawer: Bool = true) {
        self.codePage = codePage
        self.feedLinesBeforeCut = feedLinesBeforeCut
        self.kicksDrawer = kicksDrawer
    }

    /// The job that prints `document`; with `openDrawer` (a cash payment) it also kicks
    /// the cash drawer open.
    public func encode(_ document: PrintDocument, openDrawer: Bool = false) -> [UInt8] {
        var bytes = start()
        if openDrawer && kicksDrawer { bytes += EscPosCommand.drawerKick }
        var style = Style.initial
        for line in document.lines {
            bytes += encode(line, columns: document.width.columns, style: &style)
        }
        // Leave the printer as `ESC @` left it, whatever prints next.
        bytes += style.change(to: .initial)
        bytes += [UInt8](repeating: EscPosCommand.lineFeed, count: max(0, feedLinesBeforeCut))
        bytes += EscPosCommand.fullCut
        return bytes
    }

    /// The job that prints `receipt` laid out for `width`.
    public func encode(
        _ receipt: Receipt, width: ReceiptWidth, openDrawer: Bool = false, layout: ReceiptLayout = ReceiptLayout()
    ) -> [UInt8] {
        encode(layout.document(for: receipt, width: width), openDrawer: openDrawer)
    }

    /// The job that prints `card` laid out for `width`.
    public func encode(
        _ card: HouseholdCard, width: ReceiptWidth, layout: HouseholdCardLayout = HouseholdCardLayout()
    ) -> [UInt8] {
        encode(layout.document(for: card, width: width))
    }

    /// A job that only opens the drawer: a cash sale whose customer wants no receipt.
    /// Empty when the encoder does not kick the drawer (training).
    public func drawerKickJob() -> [UInt8] {
        kicksDrawer ? start() + EscPosCommand.drawerKick : []
    }

    /// `ESC @` resets the code page, so it is always followed by `ESC t n`.
    private func start() -> [UInt8] {
        EscPosCommand.initialize + EscPosCommand.selectCodePage(codePage)
    }

    /// A text line prints as the layout placed it, its leading spaces included: the printer
    /// would centre over its full paper (48 columns) even when `printer.width` is 42, and
    /// the layout already measured every line in printed bytes (`PrintedWidth`).
    private func encode(_ line: PrintLine, columns: Int, style: inout Style) -> [UInt8] {
        if let barcode = line.barcode { return encode(barcode, columns: columns, style: &style) }
        let doubled = line.doubleSizeText != nil
        let text = line.doubleSizeText ?? line.text
        var bytes: [UInt8]
        if text.allSatisfy({ $0 == " " }) {
            // Nothing to style, but a blank line at double size would feed twice as much.
            bytes = style.change(to: Style(alignment: style.alignment, bold: style.bold, doubleSize: false))
        } else {
            bytes = style.change(to: Style(alignment: .left, bold: line.isBold, doubleSize: doubled))
            bytes += codePage.encode(text)
        }
        bytes.append(EscPosCommand.lineFeed)
        return bytes
    }

    /// Height of a barcode's bars: 80 dots, 10 mm at 203 dpi.
    static let barcodeHeight: UInt8 = 80
    /// Module width of a barcode, the narrowest most models accept and scanners read well.
    static let barcodeModuleWidth = 2
    /// Dots of one Font A column: 32 columns are the 384 dots of 58 mm paper.
    static let dotsPerColumn = 12

    /// A barcode centred by the printer, with its data printed below; the line feed after
    /// it leaves a blank line under that text. A symbol wider than the paper would print
    /// nothing, so it prints its data as a centred text line instead, which can be typed.
    private func encode(_ barcode: Code128, columns: Int, style: inout Style) -> [UInt8] {
        guard barcode.modules * Self.barcodeModuleWidth <= columns * Self.dotsPerColumn else {
            let text = TextLayout.centred(barcode.data, width: columns).first ?? ""
            return encode(PrintLine(text, alignment: .centre), columns: columns, style: &style)
        }
        var bytes = style.change(to: Style(alignment: .centre, bold: false, doubleSize: false))
        bytes += EscPosCommand.barcodeHeight(Self.barcodeHeight)
        bytes += EscPosCommand.barcodeModuleWidth(UInt8(Self.barcodeModuleWidth))
        bytes += EscPosCommand.barcodeTextBelow
        bytes += EscPosCommand.code128(barcode)
        bytes.append(EscPosCommand.lineFeed)
        return bytes
    }

    /// The printer's text style, to send only what changes from one line to the next.
    private struct Style: Equatable {
        var alignment: PrintLine.Alignment
        var bold: Bool
        var doubleSize: Bool

        static let initial = Style(alignment: .left, bold: false, doubleSize: false)

        mutating func change(to new: Style) -> [UInt8] {
            var bytes: [UInt8] = []
            if new.alignment != alignment { bytes += EscPosCommand.align(new.alignment) }
            if new.bold != bold { bytes += EscPosCommand.bold(new.bold) }
            if new.doubleSize != doubleSize { bytes += EscPosCommand.doubleSize(new.doubleSize) }
            self = new
            return bytes
        }
    }
}
