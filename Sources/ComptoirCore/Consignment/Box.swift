/// A box (étagère, casier) a seller rents to show their items.
public struct Box: Hashable, Sendable, Codable {
    /// `B07`.
    public var code: String
    /// `petit`, `grand`, `portant`…
    public var size: String
    public var weeklyRent: Money
    public var monthlyRent: Money

    public init(code: String, size: String, weeklyRent: Money, monthlyRent: Money) {
        self.code = code
        self.size = size
        self.weeklyRent = weeklyRent
        self.monthlyRent = monthlyRent
    }

    public var problem: String? {
        if code.trimmingCharacters(in: .whitespaces).isEmpty { return "Code : tapez le code du box, par exemple B07." }
        if weeklyRent.isNegative || monthlyRent.isNegative { return "Loyer : un loyer ne peut pas être négatif." }
        return nil
    }
}
