/// EAN-13 codes as printed on grocery products.
public enum EAN13 {
    /// The check digit for the first 12 digits.
    public static func checkDigit(_ first12: String) -> Int? {
        let digits = first12.compactMap { $0.wholeNumberValue }
        guard digits.count == 12, first12.count == 12 else { return nil }
        var sum = 0
        for (i, d) in digits.enumerated() { sum += (i % 2 == 0) ? d : 3 * d }
        return (10 - sum % 10) % 10
    }

    /// True for 13 digits whose last one is the right check digit.
    public static func isValid(_ code: String) -> Bool {
        guard code.count == 13, let last = code.last?.wholeNumberValue,
              let expected = checkDigit(String(code.prefix(12))) else { return false }
        return expected == last
    }
}
