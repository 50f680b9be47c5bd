import ComptoirCore
import GRDB

/// A row of `categories`: a friperie category, corrected in place, `verify` replaying its
/// entries. Found by its code; no entry deactivates one, so a saved one is active.
struct CategoryRecord: FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "categories"

    enum Columns {
        static let id = Column("id")
        static let code = Column("code")
        static let label = Column("label")
        static let priceCents = Column("price_cents")
        static let key = Column("key")
        static let active = Column("active")
        static let unit = Column("unit")
        static let family = Column("family")
        static let averageGrams = Column("average_grams")
    }

    /// nil until inserted.
    var id: Int64?
    var code: String
    var label: String
    var priceCents: Int64
    var key: Int?
    var active: Bool
    /// `Product.Unit`'s raw value.
    var unit: String
    /// `FriperieFamily`'s raw value.
    var family: String
    var averageGrams: Int?

    init(_ category: Category, id: Int64? = nil) {
        self.id = id
        code = category.code
        label = category.label
        priceCents = category.price.cents
        key = category.key
        active = true
        unit = category.unit.rawValue
        family = category.family.rawValue
        averageGrams = category.averageGrams
    }

    init(row: Row) {
        id = row[Columns.id]
        code = row[Columns.code]
        label = row[Columns.label]
        priceCents = row[Columns.priceCents]
        key = row[Columns.key]
        active = row[Columns.active]
        unit = row[Columns.unit]
        family = row[Columns.family]
        averageGrams = row[Columns.averageGrams]
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = id
        container[Columns.code] = code
        container[Columns.label] = label
        container[Columns.priceCents] = priceCents
        container[Columns.key] = key
        container[Columns.active] = active
        container[Columns.unit] = unit
        container[Columns.family] = family
        container[Columns.averageGrams] = averageGrams
    }

    var category: Category {
        Category(code: code, label: label, price: Money(cents: priceCents), key: key,
                 unit: Product.Unit(rawValue: unit) ?? .piece, family: FriperieFamily(rawValue: family) ?? .autre,
                 averageGrams: averageGrams)
    }
}
