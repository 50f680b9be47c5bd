/// A ticket ready to commit: what the UI hands to the ledger.
public struct TicketDraft: Hashable, Sendable, Codable {
    public var lines: [CartLine]
    public var payments: [Payment]

    public init(lines: [CartLine], payments: [Payment]) {
        self.lines = lines
        self.payments = payments
    }

    public var total: Money { lines.reduce(.zero) { $0 + $1.amount } }
    public var paid: Money { payments.reduce(.zero) { $0 + $1.amount } }
    public var change: Money { payments.reduce(.zero) { $0 + $1.change } }
}
