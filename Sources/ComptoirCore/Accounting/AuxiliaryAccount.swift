/// A third party's own account under a general one (the FEC's CompAuxNum and CompAuxLib):
/// each vide-greniers seller under the sellers' account (467100), so that what the shop
/// owes each of them can be read line by line.
public struct AuxiliaryAccount: Hashable, Sendable {
    /// `DEP000012`.
    public var number: String
    /// `DUPONT Marie`.
    public var label: String

    public init(number: String, label: String) {
        self.number = number
        self.label = label
    }

    /// `DEP` and the seller's number in the base on six digits: a seller is never deleted
    /// nor renumbered, so the account stays the same from one export to the next, and an
    /// edit of the name changes only the label.
    public static func seller(id: Int64, firstName: String, lastName: String) -> AuxiliaryAccount {
        let digits = String(id)
        let number = "DEP" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
        let name = [lastName.uppercased(), firstName].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return AuxiliaryAccount(number: number, label: name.joined(separator: " "))
    }
}
