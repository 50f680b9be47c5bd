import ComptoirCore

/// Paying the ticket: the payments taken so far (a ticket may be split across methods) and
/// the amount being typed.
public struct PaymentState: Equatable, Sendable {
    /// What the reference field is asking for, when it is shown.
    public enum Asking: Equatable, Sendable {
        /// The reference of a voucher of this amount.
        case voucher(Money)
        /// The code of a credit note, typed or scanned.
        case creditNote
        /// The ledger is looking this credit note up.
        case checkingCreditNote(String)
    }

    public var given = TextField(maxLength: 12)
    /// Parts already taken; the ticket is committed when the rest is paid. A credit note
    /// worth more than the rest is followed by a negative credit note: the new one that
    /// the ticket issues for the difference.
    public var payments: [Payment] = []
    public var asking: Asking?
    public var reference = TextField(maxLength: 30)
    /// True while the ticket is being written: a second Entrée must not commit it twice.
    public var committing = false
    public init() {}

    public func remaining(of total: Money) -> Money {
        total - payments.reduce(.zero) { $0 + $1.amount }
    }
}
