@testable import ComptoirPrint

/// Reads an ESC/POS job back, the way a printer would, for the commands the encoder
/// sends: the printed lines with their style, and the other commands in order. Any other
/// control byte, or a byte the code page does not define, is an error: the encoder must
/// never send one.
struct EscPosReader {
    struct Line: Equatable, CustomStringConvertible {
        var text: String
        var bold = false
        var alignment = PrintLine.Alignment.left
        var doubleSize = false

        var description: String { "\(alignment) \(bold ? "bold " : "")\(doubleSize ? "double " : "")|\(text)|" }
    }

    enum Command: Equatable {
        case initialize, codePage(UInt8), drawerKick, cut
        /// A run of line feeds that printed nothing.
        case feed(Int)
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
                if current.text.isEmpty {
                    if feeding, case .feed(let n) = commands.last {
                        commands[commands.count - 1] = .feed(n + 1)
                    } else {
                        commands.append(.feed(1))
                    }
                }
                feeding = current.text.isEmpty
                lines.append(current)
                current.text = ""
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
        guard current.text.isEmpty else { throw Unreadable(offset: i, reason: "last line not fed") }
    }

    /// The lines with some text, as a printer would show them.
    var printedLines: [Line] { lines.filter { !$0.text.isEmpty } }
}
