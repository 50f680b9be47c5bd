/// The ESC/POS commands Comptoir sends, as Epson's TM printers define them (the common
/// clones follow them). DESIGN §5 lists them.
enum EscPosCommand {
    /// `ESC @`: back to the power-on state, which also resets the code page.
    static let initialize: [UInt8] = [0x1B, 0x40]

    /// `ESC t n`: the character table.
    static func selectCodePage(_ page: CodePage) -> [UInt8] { [0x1B, 0x74, page.escPosNumber] }

    /// `ESC E n`: emphasized (bold) on or off.
    static func bold(_ on: Bool) -> [UInt8] { [0x1B, 0x45, on ? 0x01 : 0x00] }

    /// `ESC a n`: justification, taken into account at the start of a line only.
    static func align(_ alignment: PrintLine.Alignment) -> [UInt8] {
        switch alignment {
        case .left: return [0x1B, 0x61, 0x00]
        case .centre: return [0x1B, 0x61, 0x01]
        case .right: return [0x1B, 0x61, 0x02]
        }
    }

    /// `GS ! n`: character size; 0x11 is double width and double height.
    static func doubleSize(_ on: Bool) -> [UInt8] { [0x1D, 0x21, on ? 0x11 : 0x00] }

    /// `LF`: prints the line and feeds one line.
    static let lineFeed: UInt8 = 0x0A

    /// `GS V 0`: full cut at the current position (function A).
    static let fullCut: [UInt8] = [0x1D, 0x56, 0x00]

    /// `ESC p 0 25 250`: a pulse on drawer pin 2, 50 ms on and 500 ms off.
    static let drawerKick: [UInt8] = [0x1B, 0x70, 0x00, 0x19, 0xFA]

    /// `GS h n`: barcode height in dots.
    static func barcodeHeight(_ dots: UInt8) -> [UInt8] { [0x1D, 0x68, dots] }

    /// `GS w n`: barcode module (narrowest bar) width in dots, 2 to 6 on most models.
    static func barcodeModuleWidth(_ dots: UInt8) -> [UInt8] { [0x1D, 0x77, dots] }

    /// `GS H 2`: the human-readable text prints below the bars.
    static let barcodeTextBelow: [UInt8] = [0x1D, 0x48, 0x02]

    /// `GS k 73 n {B…`: a CODE128 barcode (function B), at the start of a line. The printer
    /// computes and adds the check character itself, as Epson's `GS k` specifies, so the
    /// data carries none.
    static func code128(_ barcode: Code128) -> [UInt8] {
        let data = barcode.escPosData
        return [0x1D, 0x6B, 0x49, UInt8(data.count)] + data
    }
}
