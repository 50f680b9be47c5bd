import ComptoirCore

/// The friperie's words and numbers where columns are narrow: the last weighings, the chart.
enum FriperieLabels {
    /// At most ten characters.
    static func short(_ family: FriperieFamily) -> String {
        switch family {
        case .textile: return "Textile"
        case .chaussures: return "Chaussures"
        case .linge: return "Linge"
        case .jouets: return "Jouets"
        case .livres: return "Livres"
        case .maison: return "Maison"
        case .autre: return "Autre"
        }
    }

    /// At most eleven characters.
    static func short(_ origin: DonationOrigin) -> String {
        switch origin {
        case .particulier: return "Particulier"
        case .entreprise: return "Entreprise"
        case .association: return "Association"
        case .videGreniers: return "Vide-gren."
        case .autre: return "Autre"
        }
    }

    /// At most eleven characters.
    static func short(_ destination: OutflowDestination) -> String {
        switch destination {
        case .dechets: return "Déchets"
        case .association: return "Association"
        case .friperie: return "Friperie"
        case .recyclage: return "Recyclage"
        case .autre: return "Autre"
        }
    }

    static func direction(_ direction: FriperieFlow.Direction) -> String {
        direction == .intake ? "Don" : "Sortie"
    }

    /// `12,500`: kilograms with the grams, without the unit (the column says kg).
    static func kilos(_ grams: Int) -> String {
        String(Grams.kilograms(Int64(grams)).dropLast(3))
    }

    /// `245,5`: kilograms to the nearest 100 g, for the chart's narrow columns.
    static func tenths(_ grams: Int) -> String {
        let tenths = (max(0, grams) + 50) / 100
        return Thousands.grouped(tenths / 10) + ",\(tenths % 10)"
    }
}
