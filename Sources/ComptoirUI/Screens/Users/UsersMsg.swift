import ComptoirCore

/// The answers to `UsersEffect`.
public enum UsersMsg: Equatable, Sendable {
    case usersChanged([UserSummary], message: String)
    /// The old PIN typed to change one's own was not accepted: the form stays.
    case ownPinRefused(PinRefusal)
}
