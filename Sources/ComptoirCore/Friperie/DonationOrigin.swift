/// Who gave a donation to the friperie. Items left in a vide-greniers box and given to the
/// shop arrive as `videGreniers`, with their weight.
public enum DonationOrigin: String, Hashable, Sendable, Codable, CaseIterable {
    case particulier
    case entreprise
    case association
    case videGreniers = "vide-greniers"
    case autre

    public var label: String {
        switch self {
        case .particulier: return "Particulier"
        case .entreprise: return "Entreprise"
        case .association: return "Autre association"
        case .videGreniers: return "Box du vide-greniers"
        case .autre: return "Autre"
        }
    }
}
