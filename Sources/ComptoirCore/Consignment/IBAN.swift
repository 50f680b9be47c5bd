/// International bank account numbers, for paying a seller by transfer: the mod-97 check
/// catches a mistyped character before a transfer goes to the wrong account.
public enum IBAN {
    /// The IBAN without spaces, in capitals, or nil when it is not a valid one.
    public static func normalized(_ text: String) -> String? {
        let compact = text.uppercased().filter { $0 != " " && $0 != "-" }
        let bytes = Array(compact.utf8)
        guard (15...34).contains(bytes.count),
              bytes.prefix(2).allSatisfy({ (65...90).contains($0) }),
              bytes.dropFirst(2).prefix(2).allSatisfy({ (48...57).contains($0) }),
              bytes.allSatisfy({ (48...57).contains($0) || (65...90).contains($0) }) else { return nil }
        // Move the first four characters to the end, letters as 10…35, then mod 97 = 1.
        var remainder = 0
        for byte in bytes.dropFirst(4) + bytes.prefix(4) {
            let value = byte <= 57 ? Int(byte) - 48 : Int(byte) - 55
            remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97
        }
        return remainder == 1 ? compact : nil
    }

    /// `FR76 3000 6000 0112 3456 7890 189`: groups of four.
    public static func formatted(_ iban: String) -> String {
        var groups: [String] = []
        var rest = Substring(iban)
        while !rest.isEmpty {
            groups.append(String(rest.prefix(4)))
            rest = rest.dropFirst(4)
        }
        return groups.joined(separator: " ")
    }
}
