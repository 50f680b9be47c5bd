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
        Luhn.number(in: text, prefix: "AV").map { make(ticketNumber: $0) }
    }

    /// True when the text starts like a credit note code (to tell it from a voucher's).
    public static func looksLikeOne(_ text: String) -> Bool {
        text.uppercased().filter { $0 != " " }.hasPrefix("AV")
    }

    static func luhn(_ digits: String) -> Int { Luhn.checkDigit(digits) }
}
