/// Cash payment: the amount handed over.
public struct PaymentState: Equatable, Sendable {
    public var given = TextField(maxLength: 12)
    /// True while the ticket is being written: a second Entrée must not commit it twice.
    public var committing = false
    public init() {}
}
