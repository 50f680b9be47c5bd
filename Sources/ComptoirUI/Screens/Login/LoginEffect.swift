import ComptoirCore

/// Who is at the till: the accounts to choose from, the PIN, the opening of the session.
public enum LoginEffect: Equatable, Sendable {
    /// Answer: `.login(.usersLoaded)`.
    case loadUsers
    /// First start: create the manager account. Answer: `.login(.usersLoaded)`, or `.failed`.
    case createFirstManager(firstName: String, pin: String)
    /// Answer: `.login(.loggedIn)` or `.login(.loginRefused)`.
    case authenticate(userId: Int64, pin: String)
    /// Answer: `.login(.sessionOpened)` or `.failed`.
    case openSession(float: Money, operatorId: Int64)
    /// Journals that `userId` logged out (F9, Échap) or, with `quitting`, left the program.
    /// No answer (`.failed` if the journal cannot be written).
    case logout(userId: Int64, quitting: Bool)
}
