/// A friperie category sold by the piece at a fixed price ("T-shirt 1 €").
/// `key` is the digit that adds it from the sale screen (1–9), if any.
public struct Category: Hashable, Sendable, Codable {
    public var code: String
    public var label: String
    public var price: Money
    public var key: Int?

    public init(code: String, label: String, price: Money, key: Int? = nil) {
        self.code = code
        self.label = label
        self.price = price
        self.key = key
    }
}
