/// Journal payload of `category.created`.
struct CategoryPayload: Codable, Equatable {
    var code: String
    var label: String
    var priceCents: Int64
    var key: Int?

    enum CodingKeys: String, CodingKey {
        case code, label, key
        case priceCents = "price_cents"
    }
}
