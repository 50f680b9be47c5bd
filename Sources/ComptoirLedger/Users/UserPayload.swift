/// Journal payload of the `user.*` entries. Never carries the PIN or its hash: only a
/// digest of the stored hash, so that `verify` notices a PIN hash swapped behind its back.
struct UserPayload: Codable, Equatable {
    var user: Int64
    var firstName: String?
    var role: String?
    var previousRole: String?
    /// SHA-256 (hex) of the stored `pin_hash`, on `user.created` and `user.pin_changed`.
    var pinDigest: String?
    /// On `user.pin_failed`: wrong PINs in a row, this one included, and where it was typed.
    var failures: Int?
    var via: String?

    enum CodingKeys: String, CodingKey {
        case user
        case firstName = "first_name"
        case role
        case previousRole = "previous_role"
        case pinDigest = "pin_digest"
        case failures
        case via
    }

    static func digest(ofPinHash pinHash: String) -> String {
        Journal.sha256Hex(Array(pinHash.utf8))
    }
}
