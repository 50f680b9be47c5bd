/// Where what the friperie does not sell goes, weighed.
public enum OutflowDestination: String, Hashable, Sendable, Codable, CaseIterable {
    case dechets
    case association
    case friperie
    case recyclage
    case autre

    public var label: String {
        switch self {
        case .dechets: return "Déchets (rebut)"
        case .association: return "Autre association"
        case .friperie: return "Autre friperie"
        case .recyclage: return "Recyclage"
        case .autre: return "Autre"
        }
    }
}
