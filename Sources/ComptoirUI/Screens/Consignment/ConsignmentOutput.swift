import ComptoirCore

/// What the vide-greniers screens ask of the app, which owns the status line, the
/// responsable's form and the ticket, and navigates.
public enum ConsignmentOutput: Equatable, Sendable {
    case status(StatusLine)
    /// The responsable's form did its work: close it (if it is still open).
    case approvalDone
    /// A rent paid at the till: the line goes on the ticket, and the till shows it.
    case addToTicket(CartLine)
}
