/// Weights in whole grams (never a floating point number), typed and shown in kilograms
/// the French way: `2,5` is 2 500 g, 12 350 g shows as `12,350 kg`.
public enum Grams {
    /// Kilograms typed as `2,5`, `2.5`, `0,350`, `3` or `2,5 kg`: the grams, or nil for
    /// anything else (more than three decimals, a negative weight, over 100 tonnes).
    public static func parseKilograms(_ text: String) -> Int? {
        var t = Substring(text).drop { $0 == " " }
        while t.last == " " { t.removeLast() }
        if t.lowercased().hasSuffix("kg") { t.removeLast(2) }
        while t.last == " " { t.removeLast() }
        let parts = t.split(separator: t.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return nil }
        let whole = parts[0], fraction = parts.count == 2 ? parts[1] : ""
        let digits: (Substring) -> Bool = { $0.utf8.allSatisfy { (48...57).contains($0) } }
        guard digits(whole), digits(fraction), !(whole.isEmpty && fraction.isEmpty),
              whole.count <= 6, fraction.count <= 3 else { return nil }
        let kg = Int(whole.isEmpty ? "0" : whole)!
        let grams = Int(fraction.isEmpty ? "0" : fraction + String(repeating: "0", count: 3 - fraction.count))!
        return kg * 1000 + grams
    }

    /// `12,350 kg`, `1 204,000 kg`, `-0,500 kg`.
    public static func kilograms(_ grams: Int64) -> String {
        let sign = grams < 0 ? "-" : ""
        let m = grams.magnitude
        let rest = String(m % 1000)
        return sign + Thousands.grouped(m / 1000) + "," + String(repeating: "0", count: 3 - rest.count) + rest + " kg"
    }
}
