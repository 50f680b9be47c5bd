/// A ticket ready to commit: what the UI hands to the ledger.
public struct TicketDraft: Hashable, Sendable, Codable {
    /// A responsable's permission to sell épicerie lines the rules refuse (past the cap,
    /// rights expired…), with the reason; journaled with the ticket.
    public struct Override: Hashable, Sendable, Codable {
        public var managerId: Int64
        public var reason: String

        public init(managerId: Int64, reason: String) {
            self.managerId = managerId
            self.reason = reason
        }
    }

    public var lines: [CartLine]
    public var payments: [Payment]
    /// The household number, needed for épicerie lines.
    public var household: Int64?
    public var override: Override?
    /// The épicerie products the volunteer agreed to sell below zero on this ticket: the
    /// ledger refuses a sale that takes any other product below zero.
    public var stockAccepted: Set<String> = []

    public init(lines: [CartLine], payments: [Payment], household: Int64? = nil, override: Override? = nil,
                stockAccepted: Set<String> = []) {
        self.lines = lines
        self.payments = payments
        self.household = household
        self.override = override
        self.stockAccepted = stockAccepted
    }

    public var total: Money { lines.reduce(.zero) { $0 + $1.amount } }
    public var paid: Money { payments.reduce(.zero) { $0 + $1.amount } }
    public var change: Money { payments.reduce(.zero) { $0 + $1.change } }
}
