/// What the rules make of a household's file: its parts, QF and reste à vivre, the
/// bracket and rate that follow, its monthly cap. Computed live as the file is typed.
public struct HouseholdFigures: Hashable, Sendable {
    /// One line of the parts, as the file shows them ("3e enfant : 1 part").
    public struct PartItem: Hashable, Sendable {
        public var label: String
        public var halves: Int
    }

    public var parts: [PartItem]
    /// Total parts, in half parts (6 = 3 parts).
    public var halfParts: Int
    /// The computed QF: (monthly resources + family benefits) / parts.
    public var computedQuotient: Money
    /// The QF the rules use: the CAF's when attested, else the computed one.
    public var quotient: Money
    /// (resources + family benefits − fixed charges) / persons / 30, per person per day.
    public var resteAVivre: Money
    /// The value the shop's method looks at.
    public var value: Money
    public var bracket: Bracket?
    /// Participation in percent of the market price; nil: not eligible.
    public var rate: Int?
    public var cap: Money

    public init(_ household: Household, rules: EpicerieRules) {
        var items = [PartItem(label: household.adults >= 2 ? "Couple" : "Adulte seul", halves: 4)]
        for rank in stride(from: 1, through: max(0, household.children), by: 1) {
            let halves = rank == 3 && rules.thirdChildFullPart ? 2 : 1
            items.append(PartItem(label: rank == 1 ? "1er enfant" : "\(rank)e enfant", halves: halves))
        }
        if household.disabledChildren > 0 {
            items.append(PartItem(label: "Enfant(s) handicapé(s) × \(household.disabledChildren)",
                                  halves: household.disabledChildren))
        }
        if rules.singleParentHalfPart, household.adults == 1, household.children >= 1 {
            items.append(PartItem(label: "Parent isolé", halves: 1))
        }
        parts = items
        halfParts = items.reduce(0) { $0 + $1.halves }
        // QF = monthly income / parts = monthly income × 2 / half parts.
        computedQuotient = (household.monthlyResources + household.familyBenefits)
            .scaled(by: 2, over: Int64(halfParts))
        quotient = household.cafQuotient ?? computedQuotient
        let left = household.monthlyResources + household.familyBenefits - household.fixedCharges
        resteAVivre = left.scaled(by: 1, over: Int64(max(1, household.persons)) * 30)
        value = rules.method == .quotient ? quotient : resteAVivre
        bracket = rules.bracket(for: value)
        rate = bracket?.rate
        cap = rules.cap.amount(persons: household.persons)
    }

    /// `3 parts`, `2,5 parts`, `1 part`.
    public static func partsLabel(_ halves: Int) -> String {
        let whole = halves / 2
        let text = halves % 2 == 0 ? "\(whole)" : "\(whole),5"
        return text + (halves <= 2 ? " part" : " parts")
    }

    public var partsLabel: String { Self.partsLabel(halfParts) }
}
