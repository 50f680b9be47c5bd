import ComptoirCore

/// Journal payload of `category.created` and `category.changed`. The fields of the
/// friperie by the kilogram are absent for a category sold by the piece, of textile, with
/// no average weight: entries written before them read the same.
struct CategoryPayload: Codable, Equatable {
    var code: String
    var label: String
    var priceCents: Int64
    var key: Int?
    var unit: String?
    var family: String?
    var averageGrams: Int?

    enum CodingKeys: String, CodingKey {
        case code, label, key, unit, family
        case priceCents = "price_cents"
        case averageGrams = "average_grams"
    }

    init(_ c: Category) {
        code = c.code
        label = c.label
        priceCents = c.price.cents
        key = c.key
        unit = c.unit == .piece ? nil : c.unit.rawValue
        family = c.family == .textile ? nil : c.family.rawValue
        averageGrams = c.averageGrams
    }
}
