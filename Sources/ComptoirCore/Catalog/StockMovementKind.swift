/// Why an épicerie product's stock moved.
public enum StockMovementKind: String, CaseIterable, Hashable, Sendable, Codable {
    case donation = "don"
    case purchase = "achat"
    case foodBank = "banque_alimentaire"
    /// An inventory correction, with its reason.
    case correction = "inventaire"
    /// Sales, cancellations and refunds move stock with their ticket.
    case sale = "vente"

    public var label: String {
        switch self {
        case .donation: return "don"
        case .purchase: return "achat"
        case .foodBank: return "banque alimentaire"
        case .correction: return "correction d'inventaire"
        case .sale: return "vente"
        }
    }

    /// The kinds recorded by hand (a sale moves stock by itself).
    public static let arrivals: [StockMovementKind] = [.donation, .purchase, .foodBank]
}
