/// The friperie's year in kilograms, month by month, for the funders: what came in (by
/// family and by origin), what was sold (weighed, or counted by the piece at the
/// category's average weight) and where the rest went. All in grams.
public struct FriperieFigures: Hashable, Sendable {
    public struct Month: Hashable, Sendable {
        public var intake: [FriperieFamily: Int] = [:]
        public var intakeByOrigin: [DonationOrigin: Int] = [:]
        /// Weighed at the till.
        public var soldWeighed: [FriperieFamily: Int] = [:]
        /// Sold by the piece, times the category's average weight.
        public var soldByPiece: [FriperieFamily: Int] = [:]
        public var outflow: [OutflowDestination: Int] = [:]

        public init() {}

        public var intakeTotal: Int { intake.values.reduce(0, +) }
        public var soldTotal: Int { soldWeighed.values.reduce(0, +) + soldByPiece.values.reduce(0, +) }
        public var outflowTotal: Int { outflow.values.reduce(0, +) }

        mutating func add(_ other: Month) {
            intake.merge(other.intake, uniquingKeysWith: +)
            intakeByOrigin.merge(other.intakeByOrigin, uniquingKeysWith: +)
            soldWeighed.merge(other.soldWeighed, uniquingKeysWith: +)
            soldByPiece.merge(other.soldByPiece, uniquingKeysWith: +)
            outflow.merge(other.outflow, uniquingKeysWith: +)
        }
    }

    public var year: Int
    /// January first; always twelve.
    public var months: [Month]
    /// Pieces sold whose category has no average weight (or at a free price): not in the kilograms.
    public var piecesWithoutWeight: Int

    public init(year: Int, months: [Month] = Array(repeating: Month(), count: 12), piecesWithoutWeight: Int = 0) {
        self.year = year
        self.months = months
        self.piecesWithoutWeight = piecesWithoutWeight
    }

    public var total: Month {
        var all = Month()
        for month in months { all.add(month) }
        return all
    }

    /// One row per month and figure, in kilograms with a decimal comma: what a spreadsheet
    /// or a funder's form takes.
    public var csvRows: [[String]] {
        var rows: [[String]] = []
        func kg(_ grams: Int) -> String { Grams.kilograms(Int64(grams)).replacingOccurrences(of: " kg", with: "").replacingOccurrences(of: " ", with: "") }
        for (i, month) in months.enumerated() {
            let m = "\(year)-" + (i < 9 ? "0" : "") + "\(i + 1)"
            for family in FriperieFamily.allCases {
                if let g = month.intake[family] { rows.append([m, "entree", "famille", family.rawValue, kg(g)]) }
            }
            for origin in DonationOrigin.allCases {
                if let g = month.intakeByOrigin[origin] { rows.append([m, "entree", "provenance", origin.rawValue, kg(g)]) }
            }
            for family in FriperieFamily.allCases {
                if let g = month.soldWeighed[family] { rows.append([m, "vente", "pesee", family.rawValue, kg(g)]) }
                if let g = month.soldByPiece[family] { rows.append([m, "vente", "piece", family.rawValue, kg(g)]) }
            }
            for destination in OutflowDestination.allCases {
                if let g = month.outflow[destination] { rows.append([m, "sortie", "destination", destination.rawValue, kg(g)]) }
            }
        }
        return rows
    }

    public static let csvHeader = ["mois", "sens", "detail", "valeur", "kg"]
}
