import Foundation

/// How an export file is written: UTF-8, or ISO-8859-15 (latin9) for an accountant's
/// software that reads nothing else (the FEC norm names it). A character latin9 lacks is
/// spelled as the printer would (`’` → `'`, `ł` → `l`, `?` at worst), never dropped.
public enum TextFileEncoding: String, CaseIterable, Sendable {
    case utf8
    case latin9

    /// `utf8`, `utf-8`, `latin9`, `iso-8859-15`…; nil for anything else.
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf8", "utf-8": self = .utf8
        case "latin9", "latin-9", "iso-8859-15", "iso8859-15", "iso885915": self = .latin9
        default: return nil
        }
    }

    public func encode(_ text: String) -> [UInt8] {
        switch self {
        case .utf8:
            return Array(text.utf8)
        case .latin9:
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            // By scalar, composed first: `e` + combining acute is `é`; line ends pass through.
            for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
                if scalar.value < 0x80 {
                    bytes.append(UInt8(scalar.value))
                } else if let byte = CodePageTable.latin9.byte(for: scalar) {
                    bytes.append(byte)
                } else if [.nonspacingMark, .enclosingMark].contains(scalar.properties.generalCategory) {
                    continue  // a mark that composed with nothing: its letter is already written
                } else {
                    bytes += Transliteration.bytes(for: scalar, in: .latin9)
                }
            }
            return bytes
        }
    }
}
