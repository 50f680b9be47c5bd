/// What the households and rules screens ask of the app, which owns the status line and
/// navigates.
public enum HouseholdsOutput: Equatable, Sendable {
    /// Show the household file (it was opened).
    case show
    case status(StatusLine)
    /// Escape: back to the ticket, nothing attached.
    case backToSale
    /// Attach household `number` to the ticket (the sale screen loads its standing).
    case attachHousehold(Int64)
    /// A responsable asked for the épicerie rules.
    case openRules
    /// The rules are saved: their form closes, back to the household file.
    case rulesSaved
}
