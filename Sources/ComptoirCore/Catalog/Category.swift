/// A friperie category, sold by the piece at a fixed price ("T-shirt 1 €") or by weight
/// at a price per kilogram ("Vrac 3 €/kg"). `key` is the digit that adds it from the sale
/// screen (1–9), if any.
public struct Category: Hashable, Sendable, Codable {
    public var code: String
    public var label: String
    /// Per piece, or per kilogram when `unit` is `.kg`.
    public var price: Money
    public var key: Int?
    public var unit: Product.Unit
    /// What it is made of, for the figures in kilograms.
    public var family: FriperieFamily
    /// The weight of an average piece, to count in kilograms what is sold by the piece.
    public var averageGrams: Int?

    public init(code: String, label: String, price: Money, key: Int? = nil, unit: Product.Unit = .piece,
                family: FriperieFamily = .textile, averageGrams: Int? = nil) {
        self.code = code
        self.label = label
        self.price = price
        self.key = key
        self.unit = unit
        self.family = family
        self.averageGrams = averageGrams
    }

    /// The price of `grams` of a category sold by the kilogram, rounded half-up to the cent.
    public func price(grams: Int) -> Money {
        price.scaled(by: Int64(grams), over: 1000)
    }

    /// `Vrac 3,00 €/kg`, `T-shirt 1,00 €`.
    public var priceText: String { unit == .kg ? "\(price.formatted)/kg" : price.formatted }
}
