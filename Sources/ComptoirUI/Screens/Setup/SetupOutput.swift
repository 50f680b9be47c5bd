/// What the first start's form asks of the app, which owns the status line. The account
/// created comes back as the users loaded: the app then shows the login screen.
public enum SetupOutput: Equatable, Sendable {
    case status(StatusLine)
}
