/// The payment screen's own question to the ledger.
public enum PaymentEffect: Equatable, Sendable {
    /// Answer: `.payment(.creditNoteChecked)`.
    case lookUpCreditNote(String)
}
