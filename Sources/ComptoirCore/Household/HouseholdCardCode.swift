/// The number printed on a household's card: `F-<number>-<check digit>`. The Luhn check
/// digit catches a mistyped digit before anything is looked up. The barcode carries
/// `F<number><check>` (no dashes), which the till reads back the same way.
public enum HouseholdCardCode {
    public static func make(_ number: Int64) -> String {
        "F-\(number)-\(Luhn.checkDigit(String(number)))"
    }

    /// What the card's barcode encodes.
    public static func barcode(_ number: Int64) -> String {
        "F\(number)\(Luhn.checkDigit(String(number)))"
    }

    /// The household number in what was typed or scanned (`f427`, `F-42-7`), or nil.
    public static func parse(_ text: String) -> Int64? {
        Luhn.number(in: text, prefix: "F")
    }

    /// True when the text starts like a card code, so that a wrong check digit is
    /// reported as such instead of "unknown code".
    public static func looksLikeOne(_ text: String) -> Bool {
        let t = text.uppercased().filter { $0 != " " && $0 != "-" }
        return t.count >= 3 && t.hasPrefix("F") && t.dropFirst().utf8.allSatisfy { (48...57).contains($0) }
    }
}
