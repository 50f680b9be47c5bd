/// The code on a consigned item's label: `V<rental>-<item>-<check>`, where the check digit
/// (Luhn, over the rental and item numbers) catches a misread or mistyped label. The
/// barcode carries it without dashes; the rental number identifies the seller and the box,
/// so a label from elsewhere, or another shop's, does not parse.
public struct ItemLabelCode: Hashable, Sendable, Codable {
    public var rental: Int64
    public var item: Int64

    public init(rental: Int64, item: Int64) {
        self.rental = rental
        self.item = item
    }

    /// The item number is written on three digits at least, so that rental and item can be
    /// told apart in the barcode: `V12-007-3`.
    public var text: String { "V\(rental)-\(Self.item(item))-\(check)" }
    public var barcode: String { "V\(rental)-\(Self.item(item))\(check)" }

    var check: Int { Luhn.checkDigit("\(rental)" + Self.item(item)) }

    private static func item(_ n: Int64) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// What was typed or scanned (`V12-007-3`, `v12-0073`, `V12 007 3`), or nil when it is
    /// not an item label of this shop or its check digit is wrong.
    public init?(_ text: String) {
        let t = text.uppercased().filter { $0 != " " }
        guard t.hasPrefix("V") else { return nil }
        let parts = t.dropFirst().split(separator: "-", omittingEmptySubsequences: false)
        let rentalText: Substring, itemText: Substring, checkText: Substring
        switch parts.count {
        case 3: (rentalText, itemText, checkText) = (parts[0], parts[1], parts[2])
        case 2 where parts[1].count >= 4: (rentalText, itemText, checkText) = (parts[0], parts[1].dropLast(), parts[1].suffix(1))
        default: return nil
        }
        let digits: (Substring) -> Bool = { !$0.isEmpty && $0.utf8.allSatisfy { (48...57).contains($0) } }
        guard digits(rentalText), digits(itemText), digits(checkText), checkText.count == 1, itemText.count >= 3,
              rentalText.first != "0", let rental = Int64(rentalText), let item = Int64(itemText), item >= 1 else {
            return nil
        }
        self.init(rental: rental, item: item)
        guard String(check) == checkText, itemText == Self.item(item) else { return nil }
    }
}
