import Foundation

/// The printer's character table, a setting (`code_page` in the `[printer]` section): the
/// printer receives one byte per character, so text is encoded for the table selected with
/// `ESC t n`. Both tables hold every French letter; what one lacks is transliterated
/// (`œ` → `oe` in CP858), never dropped.
public enum CodePage: String, CaseIterable, Codable, Sendable {
    /// PC858: CP850 with `€` at 0xD5. Epson page 19. The default: TM printers and most
    /// clones have it.
    case cp858
    /// WPC1252: Windows-1252, `€` at 0x80, also `œ`, `’`, `–`, `…`. Epson page 16.
    case wpc1252

    /// The `n` of `ESC t n` on Epson printers.
    public var escPosNumber: UInt8 {
        switch self {
        case .cp858: return 19
        case .wpc1252: return 16
        }
    }

    var table: CodePageTable {
        switch self {
        case .cp858: return .cp858
        case .wpc1252: return .wpc1252
        }
    }

    /// The bytes that print `text`: at least one per character, so what a layout counted
    /// as a column prints as one (or, transliterated, more). No byte is a printer command.
    public func encode(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for character in text { bytes += encode(character) }
        return bytes
    }

    /// The byte that prints `scalar` in this table, nil when the table lacks it.
    public func byte(for scalar: Unicode.Scalar) -> UInt8? { table.byte(for: scalar) }

    /// The character `byte` prints in this table, nil for a command byte or a hole.
    public func character(for byte: UInt8) -> Character? { table.scalar(for: byte).map(Character.init) }

    private func encode(_ character: Character) -> [UInt8] {
        var scalars = character.unicodeScalars
        if scalars.count > 1 {
            // `e` + combining acute is `é`; marks that compose with nothing are left off
            // and the base letter prints.
            scalars = String(character).precomposedStringWithCanonicalMapping.unicodeScalars
        }
        guard let first = scalars.first else { return [Transliteration.unknown] }
        return table.byte(for: first).map { [$0] } ?? Transliteration.bytes(for: first, in: table)
    }
}
