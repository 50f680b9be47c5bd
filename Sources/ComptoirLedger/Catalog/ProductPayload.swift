/// Journal payload of `product.created`.
struct ProductPayload: Codable, Equatable {
    var code: String
    var name: String
    var marketPriceCents: Int64

    enum CodingKeys: String, CodingKey {
        case code, name
        case marketPriceCents = "market_price_cents"
    }
}
