/// A person who can log in, as the interface sees them: no PIN material here.
public struct UserSummary: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var firstName: String
    public var role: Role
    public var active: Bool
    /// Locked after too many wrong PINs, until an admin reactivates the account.
    public var locked: Bool

    public init(id: Int64, firstName: String, role: Role, active: Bool = true, locked: Bool = false) {
        self.id = id
        self.firstName = firstName
        self.role = role
        self.active = active
        self.locked = locked
    }

    /// Can log in and allow things: active and not locked.
    public var usable: Bool { active && !locked }
}
