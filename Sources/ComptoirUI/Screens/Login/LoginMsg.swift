import ComptoirCore

/// The answers to `LoginEffect`.
public enum LoginMsg: Equatable, Sendable {
    case usersLoaded([UserSummary])
    case loggedIn(UserSummary, OpenSession?)
    /// The PIN was not accepted, and why (wrong, wait, locked, deactivated).
    case loginRefused(PinRefusal)
    case sessionOpened(OpenSession)
}
