import ComptoirCore

/// What the vide-greniers screens ask of the app, which owns the status line, the
/// responsable's form and the ticket, and navigates.
public enum ConsignmentOutput: Equatable, Sendable {
    /// Show the vide-greniers (they were opened).
    case show
    case status(StatusLine)
    /// A responsable confirms with their PIN (a payout, a seller's bank details); their
    /// approval makes the effect.
    case askApproval(ApprovalPurpose, instruction: String)
    /// The responsable's form did its work: close it (if it is still open).
    case approvalDone
    /// A rent to pay at the till: the line goes on the ticket, and the till shows it.
    case addToTicket(CartLine)
    /// Escape from the board, or a rent already on the ticket: back to selling.
    case backToSale
}
