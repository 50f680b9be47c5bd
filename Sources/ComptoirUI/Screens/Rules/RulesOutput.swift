/// What the rules screen asks of the app, which owns the status line and navigates.
public enum RulesOutput: Equatable, Sendable {
    /// Show the rules screen (it was opened).
    case show
    case status(StatusLine)
    /// Escape: the form closes unsaved, back to the household file.
    case closed
}
