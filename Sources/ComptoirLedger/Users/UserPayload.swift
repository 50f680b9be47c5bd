/// Journal payload of the `user.*` entries. Never carries the PIN or its hash.
struct UserPayload: Codable, Equatable {
    var user: Int64
    var firstName: String?
    var role: String?
    var previousRole: String?

    enum CodingKeys: String, CodingKey {
        case user
        case firstName = "first_name"
        case role
        case previousRole = "previous_role"
    }
}
