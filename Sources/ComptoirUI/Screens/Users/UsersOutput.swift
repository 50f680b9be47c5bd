import ComptoirCore

/// What the accounts screen asks of the app, which owns the status line and the list of
/// users (the login screen and the logged-in user read it too).
public enum UsersOutput: Equatable, Sendable {
    case status(StatusLine)
    /// Every account as the ledger now has them.
    case usersChanged([UserSummary])
}
