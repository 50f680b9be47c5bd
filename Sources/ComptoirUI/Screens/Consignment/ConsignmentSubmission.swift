import ComptoirCore

/// What a vide-greniers form filled without a problem asks for.
enum ConsignmentSubmission: Equatable, Sendable {
    /// Saved at once.
    case effect(Effect)
    /// A responsable first (a payout, a seller's bank details): their approval makes the effect.
    case approval(ApprovalPurpose, instruction: String)
    /// A line for the ticket (a seller's debt), paid like any other.
    case line(CartLine)
}
