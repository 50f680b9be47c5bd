/// What the payment screen asks of the app, which alone navigates and owns the status
/// line and the credit note brake.
public enum PaymentOutput: Equatable, Sendable {
    /// Show the payment screen (the ticket goes to be paid).
    case show
    case status(StatusLine)
    /// Escape: nothing was taken, back to the ticket.
    case backToSale
    /// A typed code named no credit note: the brake counts it.
    case creditNoteMissed
    /// A code named a credit note: the brake's series ends.
    case creditNoteRecognised
}
