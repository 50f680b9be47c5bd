/// What the stock screen asks of the app, which owns the status line and navigates.
public enum StockOutput: Equatable, Sendable {
    /// Show the stock screen (it was opened).
    case show
    case status(StatusLine)
    /// Escape from the list: back to selling.
    case backToSale
}
