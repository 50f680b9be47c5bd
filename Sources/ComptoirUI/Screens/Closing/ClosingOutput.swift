/// What the closing screen asks of the app, which alone navigates and owns the status
/// line and the overlays.
public enum ClosingOutput: Equatable, Sendable {
    /// Show the closing screen (it was opened).
    case show
    case status(StatusLine)
    /// A responsable confirms with their PIN (a drop, the Z).
    case askApproval(ApprovalPurpose, instruction: String)
    /// The responsable's form did its work: close it (if it is still open).
    case approvalDone
    /// Escape: the session stays open, back to selling.
    case backToSale
    /// The Z is written: the session is over, the till opens again with a counted float.
    case sessionClosed
}
