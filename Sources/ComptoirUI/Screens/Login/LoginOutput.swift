import ComptoirCore

/// What the login screen asks of the app, which owns who is logged in, the session, and
/// navigates.
public enum LoginOutput: Equatable, Sendable {
    case status(StatusLine)
    /// Every account as the ledger has them (none active: the first start's setup).
    case usersLoaded([UserSummary])
    /// The PIN was accepted; the session of this till, if one is open.
    case loggedIn(UserSummary, OpenSession?)
    /// The float is counted: the session is open.
    case sessionOpened(OpenSession)
}
