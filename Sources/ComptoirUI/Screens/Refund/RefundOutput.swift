/// What the refund screen asks of the app, which alone navigates and owns the status line
/// and the overlays.
public enum RefundOutput: Equatable, Sendable {
    case status(StatusLine)
    /// A responsable allows the refund with their PIN and a reason.
    case askApproval(ApprovalPurpose, instruction: String)
    /// Escape: nothing is refunded, back to selling.
    case backToSale
}
