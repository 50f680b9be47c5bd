import ComptoirCore

/// The accounts screen (F8): each answered by `.users(.usersChanged)` or `.failed`.
public enum UsersEffect: Equatable, Sendable {
    case createUser(firstName: String, pin: String, role: Role, actorId: Int64)
    case setRole(userId: Int64, role: Role, actorId: Int64)
    case deactivateUser(userId: Int64, actorId: Int64)
    /// One's own PIN, the old one checked (and counted); also `.users(.ownPinRefused)`.
    case changeOwnPin(userId: Int64, oldPin: String, newPin: String)
    /// A manager gives someone a new PIN.
    case resetPin(userId: Int64, pin: String, actorId: Int64)
    /// An admin reactivates a deactivated or locked account.
    case reactivateUser(userId: Int64, actorId: Int64)
}
