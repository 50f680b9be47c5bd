/// The code of a credit note ("avoir"): `AV-<ticket number>-<check digit>`. A ticket issues
/// at most one credit note, so the number of the ticket that issued it is enough to make
/// the code unique, with no counter to keep. The Luhn check digit catches a mistyped
/// digit or two swapped ones before anything is looked up.
public enum CreditNoteCode {
    public static func make(ticketNumber: Int64) -> String {
        let digits = String(ticketNumber)
        return "AV-\(digits)-\(luhn(digits))"
    }

    /// The canonical code for what was typed or scanned (`av427`, `AV-42-7`, `av 42 7`),
    /// or nil when it is not a credit note code or its check digit is wrong.
    public static func parse(_ text: String) -> String? {
        var letters = text.uppercased().filter { $0 != " " && $0 != "-" }
        guard letters.hasPrefix("AV") else { return nil }
        letters.removeFirst(2)
        guard letters.count >= 2, letters.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        let number = String(letters.dropLast())
        guard number.first != "0", let check = letters.last, String(luhn(number)) == String(check),
              let value = Int64(number) else { return nil }
        return make(ticketNumber: value)
    }

    /// True when the text starts like a credit note code (to tell it from a voucher's).
    public static func looksLikeOne(_ text: String) -> Bool {
        text.uppercased().filter { $0 != " " }.hasPrefix("AV")
    }

    /// The Luhn check digit of an ASCII digit string.
    static func luhn(_ digits: String) -> Int {
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
}
