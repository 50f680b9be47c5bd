import ComptoirCore

/// Paying the ticket: the payments taken so far (a ticket may be split across methods) and
/// the amount being typed.
public struct PaymentState: Equatable, Sendable {
    public var given = TextField(maxLength: 12)
    /// Card and cheque parts already taken; the ticket is committed when the rest is paid.
    public var payments: [Payment] = []
    /// A voucher's amount, while its reference is being typed.
    public var voucherAmount: Money?
    public var reference = TextField(maxLength: 30)
    /// True while the ticket is being written: a second Entrée must not commit it twice.
    public var committing = false
    public init() {}

    public func remaining(of total: Money) -> Money {
        total - payments.reduce(.zero) { $0 + $1.amount }
    }
}
