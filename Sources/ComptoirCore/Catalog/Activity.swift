/// The counter a line belongs to; closings and reports total by activity.
public enum Activity: String, CaseIterable, Codable, Sendable {
    case epicerie
    case friperie
    case videGreniers = "vide_greniers"
    case loyer
    case autre
    /// A vide-greniers seller paying back what they owe the shop: settles their account, not a sale.
    case detteDeposant = "dette_deposant"

    public var label: String {
        switch self {
        case .epicerie: return "Épicerie"
        case .friperie: return "Friperie"
        case .videGreniers: return "Vide-greniers"
        case .loyer: return "Loyer de box"
        case .autre: return "Autre"
        case .detteDeposant: return "Dette déposant"
        }
    }
}
