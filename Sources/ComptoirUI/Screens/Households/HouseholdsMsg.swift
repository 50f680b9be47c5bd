import ComptoirCore

/// The answers to `HouseholdsEffect`.
public enum HouseholdsMsg: Equatable, Sendable {
    /// A search of the household file, with the rules in force.
    case householdsFound([Household], rules: EpicerieRules)
    case householdSaved(Household)
    case rulesSaved(EpicerieRules)
}
