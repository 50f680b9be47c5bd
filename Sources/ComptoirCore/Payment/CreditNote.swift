/// A credit note ("avoir"): issued by a refund (or as the rest of a larger credit note),
/// spent once and in full. What it is worth and whether it is still good.
public struct CreditNote: Hashable, Sendable {
    public var code: String
    public var value: Money
    /// The ticket that issued it.
    public var issuedBy: Int64
    /// The ticket that spent it; nil while it can still be used.
    public var spentBy: Int64?

    public init(code: String, value: Money, issuedBy: Int64, spentBy: Int64? = nil) {
        self.code = code
        self.value = value
        self.issuedBy = issuedBy
        self.spentBy = spentBy
    }

    public var isSpent: Bool { spentBy != nil }
}
