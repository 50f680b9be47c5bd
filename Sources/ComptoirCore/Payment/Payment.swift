/// Money received for a ticket. For cash, `given` is what the customer handed over and
/// `change` what went back; `amount` is what stays in the drawer (given − change).
public struct Payment: Hashable, Sendable, Codable {
    public var method: PaymentMethod
    public var amount: Money
    public var given: Money
    public var change: Money
    /// The voucher's number (a CCAS voucher pays once, until the cancellation of the sale
    /// it paid frees it) or the credit note's code; nil for other methods.
    public var reference: String?

    public init(method: PaymentMethod, amount: Money, given: Money? = nil, change: Money = .zero, reference: String? = nil) {
        self.method = method
        self.amount = amount
        self.given = given ?? amount
        self.change = change
        self.reference = reference
    }

    /// A cash payment of `total` with `given` handed over; nil with the French reason
    /// when it does not cover the total.
    public static func cash(total: Money, given: Money) -> Result<Payment, CashShortfall> {
        guard given >= total else { return .failure(CashShortfall(total: total, given: given)) }
        return .success(Payment(method: .cash, amount: total, given: given, change: given - total))
    }
}

extension Payment {
    /// A credit note this ticket issues (a refund, or the rest of a larger credit note):
    /// a payment of method `avoir` below zero.
    public var issuesCreditNote: Bool { method == .creditNote && amount.isNegative }
}

extension Sequence where Element == Payment {
    /// The credit note these payments issue, if any (a ticket issues at most one).
    public var issuedCreditNote: Payment? { first { $0.issuesCreditNote } }
}

public struct CashShortfall: Error, Hashable, Sendable {
    public var total: Money
    public var given: Money
    public var message: String {
        "Montant insuffisant : il manque \((total - given).formatted). Le total est de \(total.formatted)."
    }
}
