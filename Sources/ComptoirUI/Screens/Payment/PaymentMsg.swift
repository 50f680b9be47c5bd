import ComptoirCore

/// The answers to `PaymentEffect`.
public enum PaymentMsg: Equatable, Sendable {
    /// The credit note with that code, nil when there is none.
    case creditNoteChecked(code: String, note: CreditNote?)
}
