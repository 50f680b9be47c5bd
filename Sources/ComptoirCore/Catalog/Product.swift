/// An épicerie product, sold only to an identified eligible household at its
/// participation price, or at the product's fixed solidarity price when it has one.
public struct Product: Hashable, Sendable, Codable {
    public enum Unit: String, Hashable, Sendable, Codable, CaseIterable {
        case piece
        case kg

        public var label: String { self == .piece ? "pièce" : "kg" }
    }

    /// EAN-13 (check digit verified) or an internal code.
    public var code: String
    public var name: String
    public var category: String
    public var unit: Unit
    /// The reference price (prix de référence) per unit.
    public var marketPrice: Money
    /// A fixed price for every household, instead of the participation rate.
    public var solidarityPrice: Money?
    /// Net weight of one piece in grams, for the kilograms the funders ask for.
    public var weightGrams: Int?
    /// At or below this stock the product is on the low-stock list.
    public var lowStock: Int
    /// Stock on hand (pieces, or grams for a product sold by the kg), as the ledger counts it.
    public var stock: Int

    public init(code: String, name: String, marketPrice: Money, category: String = "", unit: Unit = .piece,
                solidarityPrice: Money? = nil, weightGrams: Int? = nil, lowStock: Int = 0, stock: Int = 0) {
        self.code = code
        self.name = name
        self.category = category
        self.unit = unit
        self.marketPrice = marketPrice
        self.solidarityPrice = solidarityPrice
        self.weightGrams = weightGrams
        self.lowStock = lowStock
        self.stock = stock
    }
}
