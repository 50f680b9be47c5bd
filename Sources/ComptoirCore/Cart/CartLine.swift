/// One line of the ticket being built.
public struct CartLine: Hashable, Sendable, Codable {
    /// The category or product code; nil for a free-price line.
    public var code: String?
    public var label: String
    public var activity: Activity
    public var unitPrice: Money
    public var quantity: Int

    public init(code: String?, label: String, activity: Activity, unitPrice: Money, quantity: Int = 1) {
        self.code = code
        self.label = label
        self.activity = activity
        self.unitPrice = unitPrice
        self.quantity = quantity
    }

    public var amount: Money { unitPrice * quantity }
}
