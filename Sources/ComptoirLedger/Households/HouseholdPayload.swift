/// Journal payload of `household.purged`: the number of the file removed.
struct HouseholdPurgePayload: Codable, Equatable {
    var number: Int64
}

/// Journal payload of `household.created` and `household.changed`: the card number,
/// composition and rights. Never a name, a phone or an income: the journal cannot be
/// purged, the household file can (DESIGN §4, personal data). What else decides the rate
/// (incomes, charges, benefits, CAF quotient, disabled children) is vouched for by a keyed
/// digest (`KeyedDigest.household`), so that `verify` sees a changed income without the
/// journal holding it.
struct HouseholdPayload: Codable, Equatable {
    var number: Int64
    var adults: Int
    var children: Int
    var rightsFrom: String
    var rightsTo: String
    var suspended: Bool
    /// Absent only in entries written before migration v12 (which journals a fresh one).
    var digest: String?
    /// The file's last contact when it is not the entry's own time (migration v12's entry).
    var lastContact: String?

    init(number: Int64, adults: Int, children: Int, rightsFrom: String, rightsTo: String, suspended: Bool,
         digest: String? = nil, lastContact: String? = nil) {
        self.number = number
        self.adults = adults
        self.children = children
        self.rightsFrom = rightsFrom
        self.rightsTo = rightsTo
        self.suspended = suspended
        self.digest = digest
        self.lastContact = lastContact
    }

    enum CodingKeys: String, CodingKey {
        case number, adults, children, suspended, digest
        case rightsFrom = "rights_from"
        case rightsTo = "rights_to"
        case lastContact = "last_contact"
    }
}
