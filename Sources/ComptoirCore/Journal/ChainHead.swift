import Foundation

/// A point of the journal's hash chain: an entry number and its SHA-256 (64 hex). Because
/// each hash covers the one before, equal hashes at one number mean the whole journal up
/// to it is the same: printed on a Z or a receipt, it anchors the ledger outside its file.
public struct ChainHead: Sendable, Hashable, Codable {
    public var seq: Int64
    public var hash: String

    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    /// How many hex digits paper shows: 64 bits, far beyond what a forger can match.
    public static let printedDigits = 16

    /// `Journal n° 4567 · 3f9a0c1b2d3e4f50`, the line printed on each Z and receipt.
    public var printed: String { "Journal n° \(seq) · \(hash.prefix(Self.printedDigits))" }

    /// `4567:3f9a0c1b2d3e4f50`, what `comptoir verify --head` takes.
    public var argument: String { "\(seq):\(hash.prefix(Self.printedDigits))" }

    /// A head as typed from paper: `4567:3f9a0c1b2d3e4f50` (or with a space, `·` or the
    /// `Journal n°` of the printed line), the hash cut to at least 16 hex digits.
    /// Returns the number and the (lowercased) hash prefix; nil when it is not one.
    public static func parse(_ text: String) -> (seq: Int64, hashPrefix: String)? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        if rest.lowercased().hasPrefix("journal") { rest = rest.dropFirst("journal".count) }
        rest = rest.drop { $0 == " " || $0 == "n" || $0 == "°" }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let seq = Int64(digits), seq >= 1 else { return nil }
        let hash = rest.dropFirst(digits.count).drop { $0 == ":" || $0 == " " || $0 == "·" }.lowercased()
        guard hash.count >= printedDigits, hash.count <= 64, hash.allSatisfy({ $0.isHexDigit && $0.isASCII }) else { return nil }
        return (seq, hash)
    }
}
