/// What the back door asks of the app, which owns the status line and navigates.
public enum FriperieOutput: Equatable, Sendable {
    /// Show the back door (it was opened).
    case show
    case status(StatusLine)
    /// Escape from the weighings: back to selling.
    case backToSale
}
