import ComptoirCore

/// Choosing what to give back from an earlier ticket, and how.
public struct RefundState: Equatable, Sendable {
    public var ticket: RefundableTicket
    /// Quantity to give back, per line of `ticket`.
    public var quantities: [Int]
    public var selected = 0
    public var method: RefundRequest.Method = .cash
    /// The whole ticket (total, payments), shown once loaded.
    public var preview: TicketPreview?

    public init(ticket: RefundableTicket) {
        self.ticket = ticket
        quantities = ticket.lines.map { _ in 0 }
        selected = ticket.lines.firstIndex { $0.refundable > 0 } ?? 0
    }

    public var amount: Money {
        zip(ticket.lines, quantities).reduce(.zero) { $0 + $1.0.line.unitPrice * $1.1 }
    }

    public var itemCount: Int { quantities.reduce(0, +) }

    public var request: RefundRequest {
        RefundRequest(
            number: ticket.number,
            items: zip(ticket.lines, quantities).filter { $0.1 > 0 }.map { .init(position: $0.0.position, quantity: $0.1) },
            method: method, amount: amount)
    }
}
