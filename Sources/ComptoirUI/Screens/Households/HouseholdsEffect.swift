import ComptoirCore

/// The épicerie's household files and rules.
public enum HouseholdsEffect: Equatable, Sendable {
    /// Files matching the text (a name in part, a card code or number); with `openOn`, only
    /// those whose rights have not ended by that day (a bénévole's search).
    /// Answer: `.households(.householdsFound)`.
    case searchHouseholds(String, openOn: CalendarDay?)
    /// Create or change a household's file (a responsable). Answer: `.households(.householdSaved)` or `.failed`.
    case saveHousehold(Household, actorId: Int64)
    /// Answer: `.notice` or `.failed`.
    case printHouseholdCard(Int64, operatorId: Int64)
    /// Answer: `.households(.rulesSaved)` or `.failed`.
    case saveRules(EpicerieRules, actorId: Int64)
}
