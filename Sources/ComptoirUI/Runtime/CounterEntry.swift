import ComptoirCore

/// A committed cancellation or refund, as the till announces it.
public struct CounterEntry: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case cancellation, refund }

    public var kind: Kind
    public var original: Int64
    public var number: Int64
    /// Cash to hand back from the drawer.
    public var cashBack: Money
    /// The credit note issued to the customer, if any.
    public var creditNote: CreditNote?
    /// The responsable who allowed it.
    public var by: String

    public init(kind: Kind, original: Int64, number: Int64, cashBack: Money, creditNote: CreditNote? = nil, by: String) {
        self.kind = kind
        self.original = original
        self.number = number
        self.cashBack = cashBack
        self.creditNote = creditNote
        self.by = by
    }
}
