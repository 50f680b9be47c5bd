/// The Luhn check digit (mod 10), as on payment cards: it catches any single mistyped
/// digit and most swaps of two neighbours.
public enum Luhn {
    /// The check digit of an ASCII digit string.
    public static func checkDigit(_ digits: String) -> Int {
        var sum = 0
        for (i, byte) in digits.utf8.reversed().enumerated() {
            var d = Int(byte) - 48
            if i % 2 == 0 {
                d *= 2
                if d > 9 { d -= 9 }
            }
            sum += d
        }
        return (10 - sum % 10) % 10
    }

    /// `<prefix><number><check>` typed or scanned with any dashes and spaces
    /// (`f427`, `F-42-7`): the number, or nil when the prefix, digits or check digit are wrong.
    public static func number(in text: String, prefix: String) -> Int64? {
        var letters = text.uppercased().filter { $0 != " " && $0 != "-" }
        guard letters.hasPrefix(prefix) else { return nil }
        letters.removeFirst(prefix.count)
        guard letters.count >= 2, letters.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        let number = String(letters.dropLast())
        guard number.first != "0", let check = letters.last, String(checkDigit(number)) == String(check) else {
            return nil
        }
        return Int64(number)
    }
}
