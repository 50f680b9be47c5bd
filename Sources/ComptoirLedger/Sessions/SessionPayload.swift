/// Journal payload of `session.opened`.
struct SessionPayload: Codable, Equatable {
    var session: Int64
    var till: String
    var openedBy: Int64
    var floatCents: Int64

    enum CodingKeys: String, CodingKey {
        case session, till
        case openedBy = "opened_by"
        case floatCents = "float_cents"
    }
}
