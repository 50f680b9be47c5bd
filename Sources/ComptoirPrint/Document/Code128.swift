/// The data of a CODE128 barcode printed in code set B, checked when it is made: set B
/// holds ASCII 32 to 126 only, so any other character makes the initialiser fail and no
/// job can carry a barcode the printer would misread or refuse.
public struct Code128: Hashable, Sendable {
    /// What the barcode holds, which a scanner types back; also printed below the bars.
    public let data: String

    /// Nil when `data` is empty, holds a character outside ASCII 32–126, or is too long
    /// for the one length byte of `GS k`.
    public init?(_ data: String) {
        guard !data.isEmpty, data.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) else { return nil }
        self.data = data
        guard escPosData.count <= 255 else { return nil }
    }

    /// The bytes of `GS k 73 n d1…dn`: `{B` selects code set B, and a `{` in the data is
    /// sent twice, as Epson's function B reads `{` as the start of a code.
    var escPosData: [UInt8] {
        var bytes: [UInt8] = [0x7B, 0x42]
        for byte in data.utf8 {
            bytes += byte == 0x7B ? [0x7B, 0x7B] : [byte]
        }
        return bytes
    }

    /// Modules (narrowest bars) of the symbol with its quiet zones: 11 per character,
    /// start and check character, 13 for the stop, 10 of quiet zone on each side.
    var modules: Int { 11 * (data.count + 2) + 13 + 20 }

    /// The text a preview shows in place of the bars: `[||| F427 |||]`, or the data alone
    /// when the frame does not fit.
    func previewText(width: Int) -> String {
        let framed = "[||| \(data) |||]"
        return framed.count <= width ? framed : String(data.prefix(width))
    }
}
