/// What the back door asks of the app, which owns the status line and navigates.
public enum FriperieOutput: Equatable, Sendable {
    case status(StatusLine)
}
