/// What the opening of the till asks of the app, which owns who is logged in and the
/// status line, and navigates. The session opened comes back as the login's answer.
public enum OpenTillOutput: Equatable, Sendable {
    case status(StatusLine)
    /// Escape: someone else takes the till; back to the login screen.
    case logOut
}
