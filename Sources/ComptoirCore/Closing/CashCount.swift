/// The drawer counted at the closing, by denomination: how many notes or coins of each.
public struct CashCount: Hashable, Sendable, Codable {
    /// Euro notes and coins, from 500 € down to 1 centime, in cents.
    public static let denominations: [Int64] = [50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100, 50, 20, 10, 5, 2, 1]

    /// Pieces counted, by denomination (cents); absent means none.
    public var pieces: [Int64: Int]

    public init(pieces: [Int64: Int] = [:]) { self.pieces = pieces }

    public var total: Money {
        Money(cents: pieces.reduce(Int64(0)) { $0 + $1.key * Int64($1.value) })
    }

    /// `500 €`, `2 €`, `50 c`.
    public static func label(_ cents: Int64) -> String {
        cents >= 100 ? "\(cents / 100) €" : "\(cents) c"
    }

    /// The French reason a typed count is refused (letters, a negative or absurd number);
    /// nil when it is a number of pieces.
    public static func problem(_ text: String, denomination: Int64) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard t.isEmpty || (t.utf8.allSatisfy { (48...57).contains($0) } && t.count <= 6) else {
            return "\(label(denomination)) : « \(text) » n'est pas un nombre de pièces ou de billets (tapez par exemple 12)."
        }
        return nil
    }
}
