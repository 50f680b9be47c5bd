/// Journal payload of `product.created` and `product.changed`: the whole product. The
/// fields added with the épicerie are omitted at their default, so that older entries
/// keep their bytes.
struct ProductPayload: Codable, Equatable {
    var code: String
    var name: String
    var marketPriceCents: Int64
    var category: String? = nil
    var unit: String? = nil
    var solidarityPriceCents: Int64? = nil
    var weightGrams: Int? = nil
    var lowStock: Int? = nil

    enum CodingKeys: String, CodingKey {
        case code, name, category, unit
        case marketPriceCents = "market_price_cents"
        case solidarityPriceCents = "solidarity_price_cents"
        case weightGrams = "weight_grams"
        case lowStock = "low_stock"
    }

    init(code: String, name: String, marketPriceCents: Int64) {
        self.code = code
        self.name = name
        self.marketPriceCents = marketPriceCents
    }

    init(_ product: ComptoirCore.Product) {
        code = product.code
        name = product.name
        marketPriceCents = product.marketPrice.cents
        category = product.category.isEmpty ? nil : product.category
        unit = product.unit == .piece ? nil : product.unit.rawValue
        solidarityPriceCents = product.solidarityPrice?.cents
        weightGrams = product.weightGrams
        lowStock = product.lowStock == 0 ? nil : product.lowStock
    }
}

import ComptoirCore
