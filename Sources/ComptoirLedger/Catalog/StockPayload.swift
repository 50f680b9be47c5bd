/// Journal payload of `stock.moved`: an arrival or an inventory correction.
struct StockPayload: Codable, Equatable {
    var product: String
    var kind: String
    var quantity: Int64
    var weightGrams: Int64?
    var reason: String?

    enum CodingKeys: String, CodingKey {
        case product, kind, quantity, reason
        case weightGrams = "weight_grams"
    }
}
