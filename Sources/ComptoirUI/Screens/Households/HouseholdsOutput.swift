/// What the households and rules screens ask of the app, which owns the status line and
/// navigates.
public enum HouseholdsOutput: Equatable, Sendable {
    case status(StatusLine)
    /// The rules are saved: their form closes, back to the household file.
    case rulesSaved
}
