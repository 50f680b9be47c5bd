@testable import ComptoirPrint

/// Reads an ESC/POS job back, the way a printer would, for the commands the encoder
/// sends: the printed lines with their style and barcodes, and the other commands in order. Any other
/// control byte, or a byte the code page does not define, is an error: the encoder must
/// never send one.
struct EscPosReader {
    struct Line: Equatable, CustomStringConvertible {
        var text: String
        var bold = false
        var alignment = PrintLine.Alignment.left
        var doubleSize = false
        /// The data of a CODE128 barcode (code set B) printed at the start of the line.
        var barcode: String?

        var description: String {
            "\(alignment) \(bold ? "bold " : "")\(doubleSize ? "double " : "")\(barcode.map { "barcode \($0) " } ?? "")|\(text)|"
        }
    }

    enum Command: Equatable {
        case initialize, codePage(UInt8), drawerKick, cut
        /// A run of line feeds that printed nothing.
        case feed(Int)
        /// `GS h n`, `GS w n`, `GS H n`: barcode height, module width, text position.
        case barcodeHeight(UInt8), barcodeModuleWidth(UInt8), barcodeTextPosition(UInt8)
    }

    struct Unreadable: Error, CustomStringConvertible {
        var offset: Int
        var reason: String
        var description: String { "byte \(offset): \(reason)" }
    }

    private(set) var lines: [Line] = []
    /// Everything but the text and its style, in order; blank lines count as feeds.
    private(set) var commands: [Command] = []

    init(_ bytes: [UInt8], codePage: CodePage) throws {
        var current = Line(text: "")
        var feeding = false
        var i = 0
        func take(_ count: Int) throws -> [UInt8] {
            guard i + count <= bytes.count else { throw Unreadable(offset: i, reason: "command cut short") }
            defer { i += count }
            return Array(bytes[i..<(i + count)])
        }
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case 0x0A:
                i += 1
                let blank = current.text.isEmpty && current.barcode == nil
                if blank {
                    if feeding, case .feed(let n) = commands.last {
                        commands[commands.count - 1] = .feed(n + 1)
                    } else {
                        commands.append(.feed(1))
                    }
                }
                feeding = blank
                lines.append(current)
                current.text = ""
                current.barcode = nil
            case 0x1B, 0x1D:
                let command = try take(2)
                switch (command[0], command[1]) {
                case (0x1B, 0x40):
                    commands.append(.initialize)
                    current = Line(text: "")
                case (0x1B, 0x74): commands.append(.codePage(try take(1)[0]))
                case (0x1B, 0x45):
                    let n = try take(1)[0]
                    guard n <= 1 else { throw Unreadable(offset: i - 1, reason: "ESC E \(n)") }
                    current.bold = n == 1
                case (0x1B, 0x61):
                    guard current.text.isEmpty else { throw Unreadable(offset: i - 2, reason: "ESC a inside a line") }
                    switch try take(1)[0] {
                    case 0: current.alignment = .left
                    case 1: current.alignment = .centre
                    case 2: current.alignment = .right
                    case let n: throw Unreadable(offset: i - 1, reason: "ESC a \(n)")
                    }
                case (0x1D, 0x21):
                    let n = try take(1)[0]
                    guard n == 0 || n == 0x11 else { throw Unreadable(offset: i - 1, reason: "GS ! \(n)") }
                    current.doubleSize = n == 0x11
                case (0x1B, 0x70):
                    guard try take(3) == [0x00, 0x19, 0xFA] else { throw Unreadable(offset: i - 3, reason: "ESC p") }
                    commands.append(.drawerKick)
                case (0x1D, 0x68): commands.append(.barcodeHeight(try take(1)[0]))
                case (0x1D, 0x77): commands.append(.barcodeModuleWidth(try take(1)[0]))
                case (0x1D, 0x48): commands.append(.barcodeTextPosition(try take(1)[0]))
                case (0x1D, 0x6B):
                    let start = i - 2
                    guard current.text.isEmpty, current.barcode == nil else {
                        throw Unreadable(offset: start, reason: "GS k inside a line")
                    }
                    let header = try take(2)
                    guard header[0] == 73 else { throw Unreadable(offset: start, reason: "GS k \(header[0]), not CODE128") }
                    current.barcode = try Self.code128(try take(Int(header[1])), offset: start)
                case (0x1D, 0x56):
                    guard try take(1) == [0x00] else { throw Unreadable(offset: i - 1, reason: "GS V") }
                    commands.append(.cut)
                default:
                    throw Unreadable(offset: i - 2, reason: "unknown command \(command)")
                }
            default:
                guard let character = codePage.character(for: byte) else {
                    throw Unreadable(offset: i, reason: "byte \(byte) is not a character of \(codePage)")
                }
                current.text.append(character)
                i += 1
            }
        }
        guard current.text.isEmpty, current.barcode == nil else { throw Unreadable(offset: i, reason: "last line not fed") }
    }

    /// The lines with some text or a barcode, as a printer would show them.
    var printedLines: [Line] { lines.filter { !$0.text.isEmpty || $0.barcode != nil } }

    /// The data of `GS k 73`: `{B`, then ASCII 32–126 with `{` sent as `{{`.
    private static func code128(_ data: [UInt8], offset: Int) throws -> String {
        guard data.count >= 3, data[0] == 0x7B, data[1] == 0x42 else {
            throw Unreadable(offset: offset, reason: "CODE128 data does not start with {B")
        }
        var text = ""
        var j = 2
        while j < data.count {
            var byte = data[j]
            guard (0x20...0x7E).contains(byte) else { throw Unreadable(offset: offset, reason: "CODE128 byte \(byte)") }
            if byte == 0x7B {
                j += 1
                guard j < data.count, data[j] == 0x7B else { throw Unreadable(offset: offset, reason: "CODE128 code set change") }
                byte = data[j]
            }
            text.append(Character(Unicode.Scalar(byte)))
            j += 1
        }
        return text
    }
}
