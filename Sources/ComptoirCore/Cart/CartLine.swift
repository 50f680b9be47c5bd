/// One line of the ticket being built.
public struct CartLine: Hashable, Sendable, Codable {
    /// The category or product code; nil for a free-price line.
    public var code: String?
    public var label: String
    public var activity: Activity
    public var unitPrice: Money
    public var quantity: Int
    /// On an épicerie line, the market price of one unit: the aid is the difference.
    public var marketUnitPrice: Money?
    /// A line sold by weight: the grams weighed; the unit price is then the price of that
    /// weight (quantity 1), so that amount = unit price × quantity always holds.
    public var weightGrams: Int?
    /// On a vide-greniers line, the rental whose seller gets the share (and on a rent
    /// line, the rental it pays); nil otherwise.
    public var rentalId: Int64?
    /// On a labelled vide-greniers item, the item; nil for a handwritten label.
    public var itemId: Int64?
    /// On a handwritten label (box + price), what the item is: the ledger registers it
    /// with the sale, so that the registre des objets mobiliers has every object sold.
    public var newItemDescription: String?

    public init(code: String?, label: String, activity: Activity, unitPrice: Money, quantity: Int = 1,
                marketUnitPrice: Money? = nil, weightGrams: Int? = nil, rentalId: Int64? = nil, itemId: Int64? = nil) {
        self.code = code
        self.label = label
        self.activity = activity
        self.unitPrice = unitPrice
        self.quantity = quantity
        self.marketUnitPrice = marketUnitPrice
        self.weightGrams = weightGrams
        self.rentalId = rentalId
        self.itemId = itemId
    }

    /// A consigned item is one piece: its quantity never changes.
    public var isConsigned: Bool { rentalId != nil && activity == .videGreniers }

    public var amount: Money { unitPrice * quantity }
    /// The market value of the line (its amount when it has no market price).
    public var marketAmount: Money { (marketUnitPrice ?? unitPrice) * quantity }
}
