/// Journal payload of `household.purged`: the number of the file removed.
struct HouseholdPurgePayload: Codable, Equatable {
    var number: Int64
}

/// Journal payload of `household.created` and `household.changed`: the card number,
/// composition and rights. Never a name, a phone or an income: the journal cannot be
/// purged, the household file can (DESIGN §4, personal data).
struct HouseholdPayload: Codable, Equatable {
    var number: Int64
    var adults: Int
    var children: Int
    var rightsFrom: String
    var rightsTo: String
    var suspended: Bool

    enum CodingKeys: String, CodingKey {
        case number, adults, children, suspended
        case rightsFrom = "rights_from"
        case rightsTo = "rights_to"
    }
}
