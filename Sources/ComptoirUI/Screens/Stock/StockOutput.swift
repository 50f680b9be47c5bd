/// What the stock screen asks of the app, which owns the status line and navigates.
public enum StockOutput: Equatable, Sendable {
    case status(StatusLine)
}
