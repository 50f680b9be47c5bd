import ComptoirCore
import GRDB

/// A row of `products`: an épicerie product, corrected in place, `verify` replaying its
/// entries. Found by its code; no entry deactivates one, so a saved one is active. Its
/// stock is not here: it is the sum of its movements (`Ledger.productSQL`).
struct ProductRecord: FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "products"

    enum Columns {
        static let id = Column("id")
        static let code = Column("code")
        static let name = Column("name")
        static let marketPriceCents = Column("market_price_cents")
        static let active = Column("active")
        static let category = Column("category")
        static let unit = Column("unit")
        static let solidarityPriceCents = Column("solidarity_price_cents")
        static let weightGrams = Column("weight_grams")
        static let lowStock = Column("low_stock")
    }

    /// nil until inserted.
    var id: Int64?
    var code: String
    var name: String
    var marketPriceCents: Int64
    var active: Bool
    var category: String
    /// `Product.Unit`'s raw value.
    var unit: String
    var solidarityPriceCents: Int64?
    var weightGrams: Int?
    var lowStock: Int

    init(_ product: Product, id: Int64? = nil) {
        self.id = id
        code = product.code
        name = product.name
        marketPriceCents = product.marketPrice.cents
        active = true
        category = product.category
        unit = product.unit.rawValue
        solidarityPriceCents = product.solidarityPrice?.cents
        weightGrams = product.weightGrams
        lowStock = product.lowStock
    }

    init(row: Row) {
        id = row[Columns.id]
        code = row[Columns.code]
        name = row[Columns.name]
        marketPriceCents = row[Columns.marketPriceCents]
        active = row[Columns.active]
        category = row[Columns.category]
        unit = row[Columns.unit]
        solidarityPriceCents = row[Columns.solidarityPriceCents]
        weightGrams = row[Columns.weightGrams]
        lowStock = row[Columns.lowStock]
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = id
        container[Columns.code] = code
        container[Columns.name] = name
        container[Columns.marketPriceCents] = marketPriceCents
        container[Columns.active] = active
        container[Columns.category] = category
        container[Columns.unit] = unit
        container[Columns.solidarityPriceCents] = solidarityPriceCents
        container[Columns.weightGrams] = weightGrams
        container[Columns.lowStock] = lowStock
    }
}
