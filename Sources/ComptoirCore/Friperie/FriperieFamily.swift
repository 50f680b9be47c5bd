/// What a donation, an outflow or a friperie category is made of: the lines of the
/// funders' figures in kilograms.
public enum FriperieFamily: String, Hashable, Sendable, Codable, CaseIterable {
    case textile
    case chaussures
    case linge
    case jouets
    case livres
    case maison
    case autre

    public var label: String {
        switch self {
        case .textile: return "Textile"
        case .chaussures: return "Chaussures"
        case .linge: return "Linge de maison"
        case .jouets: return "Jouets"
        case .livres: return "Livres"
        case .maison: return "Objets de la maison"
        case .autre: return "Autre"
        }
    }
}
