/// Who issues the receipt, printed centred at its top.
public struct ReceiptHeader: Hashable, Sendable, Codable {
    public var shopName: String
    public var addressLines: [String]
    /// The SIRET number as it should be printed (`123 456 789 00012`), if the shop has one.
    public var siret: String?

    public init(shopName: String, addressLines: [String] = [], siret: String? = nil) {
        self.shopName = shopName
        self.addressLines = addressLines
        self.siret = siret
    }

    /// The SIRET line as printed, or nil.
    public var siretLine: String? {
        guard let siret, !siret.isEmpty else { return nil }
        return "SIRET : \(siret)"
    }
}
