/// The code of a credit note ("avoir"): `AV-7KQ2-M9XD-R`, eight symbols drawn from the
/// system's random source (40 bits) and a check symbol, so that nobody can guess an unspent
/// one from the ticket numbers. The alphabet is Crockford's base 32 (digits and capitals
/// without I, L, O, U): nothing to confuse when reading it aloud or typing it. The check
/// symbol (Luhn mod 32) catches any single mistyped symbol and most swaps of two
/// neighbours before anything is looked up. Barcodes carry `AV7KQ2M9XDR` (no dashes: it
/// fits 58 mm paper), which the till reads back the same way.
///
/// Codes issued before (`AV-<ticket number>-<Luhn digit>`) are still read and spent.
public enum CreditNoteCode {
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)
    /// Random symbols in a code: 8 × 5 = 40 bits.
    static let randomSymbols = 8

    /// A new code from the system's random source.
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    public static func random(using generator: inout some RandomNumberGenerator) -> String {
        // The low 40 bits of a uniform word are uniform.
        let bits = generator.next() & ((1 << (5 * UInt64(randomSymbols))) - 1)
        let values = (0 ..< randomSymbols).reversed().map { Int((bits >> (5 * UInt64($0))) & 31) }
        return format(values + [checkValue(values)])
    }

    /// The code of a credit note issued before random codes, by the ticket that issued it.
    public static func make(ticketNumber: Int64) -> String {
        let digits = String(ticketNumber)
        return "AV-\(digits)-\(luhn(digits))"
    }

    /// The canonical code for what was typed or scanned (`av7kq2m9xdr`, `AV-7KQ2-M9XD-R`,
    /// `av 7kq2 m9xd r`, and `O`, `I`, `L` read as `0`, `1`, `1`; or an older `AV-42-7`),
    /// or nil when it is not a credit note code or its check symbol is wrong.
    public static func parse(_ text: String) -> String? {
        if let values = randomValues(text) { return format(values) }
        // A random code's length is never read as an older one: a mistyped random code made
        // of digits would otherwise pass for ticket n° 10 000 000 or more, which no shop reaches.
        if text.uppercased().utf8.filter({ $0 != 0x20 && $0 != 0x2D }).count == 2 + randomSymbols + 1 { return nil }
        return Luhn.number(in: text, prefix: "AV").map { make(ticketNumber: $0) }
    }

    /// True for a code with a random part (as opposed to an older one).
    public static func isRandom(_ code: String) -> Bool {
        randomValues(code).map { format($0) == code } ?? false
    }

    /// What a code's barcode carries: the code without its dashes.
    public static func barcode(_ code: String) -> String {
        code.filter { $0 != "-" }
    }

    /// True when the text starts like a credit note code (to tell it from a voucher's).
    public static func looksLikeOne(_ text: String) -> Bool {
        text.uppercased().filter { $0 != " " }.hasPrefix("AV")
    }

    static func luhn(_ digits: String) -> Int { Luhn.checkDigit(digits) }

    /// The symbol values of a random code with a right check symbol, or nil.
    private static func randomValues(_ text: String) -> [Int]? {
        var letters = Array(text.uppercased().utf8.filter { $0 != 0x20 && $0 != 0x2D })
        guard letters.count == 2 + randomSymbols + 1, letters.starts(with: Array("AV".utf8)) else { return nil }
        letters.removeFirst(2)
        var values: [Int] = []
        for byte in letters {
            // Crockford: O reads as 0, I and L as 1.
            let read: UInt8 = byte == 0x4F ? 0x30 : (byte == 0x49 || byte == 0x4C) ? 0x31 : byte
            guard let value = alphabet.firstIndex(of: read) else { return nil }
            values.append(value)
        }
        guard checkValue(Array(values.dropLast())) == values.last else { return nil }
        return values
    }

    /// `AV-XXXX-XXXX-C`.
    private static func format(_ values: [Int]) -> String {
        let symbols = values.map { Character(Unicode.Scalar(alphabet[$0])) }
        return "AV-" + String(symbols[0 ..< 4]) + "-" + String(symbols[4 ..< 8]) + "-" + String(symbols[8...])
    }

    /// Luhn mod 32 over the symbol values: from the right, every other value is doubled
    /// and its two base-32 digits added.
    static func checkValue(_ values: [Int]) -> Int {
        var sum = 0
        for (i, value) in values.reversed().enumerated() {
            let addend = i % 2 == 0 ? 2 * value : value
            sum += addend / 32 + addend % 32
        }
        return (32 - sum % 32) % 32
    }
}
