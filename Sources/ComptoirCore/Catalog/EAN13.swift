/// EAN-13 codes as printed on grocery products.
public enum EAN13 {
    /// ASCII digits only: `wholeNumberValue` would also read full-width or Arabic-Indic ones.
    private static func digits(_ code: String) -> [Int]? {
        var result: [Int] = []
        for byte in code.utf8 {
            guard (48...57).contains(byte) else { return nil }
            result.append(Int(byte - 48))
        }
        return result
    }

    /// The check digit for the first 12 digits.
    public static func checkDigit(_ first12: String) -> Int? {
        guard let digits = digits(first12), digits.count == 12 else { return nil }
        var sum = 0
        for (i, d) in digits.enumerated() { sum += (i % 2 == 0) ? d : 3 * d }
        return (10 - sum % 10) % 10
    }

    /// True for 13 digits whose last one is the right check digit.
    public static func isValid(_ code: String) -> Bool {
        guard let digits = digits(code), digits.count == 13,
              let expected = checkDigit(String(code.prefix(12))) else { return false }
        return expected == digits[12]
    }
}
