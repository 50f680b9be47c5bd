import Foundation

/// An earlier ticket as a refund sees it: each line with what can still be given back
/// (sold quantity minus what earlier refunds already returned).
public struct RefundableTicket: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        /// The line's position on the original ticket (1-based).
        public var position: Int
        public var line: CartLine
        public var refundable: Int

        public init(position: Int, line: CartLine, refundable: Int) {
            self.position = position
            self.line = line
            self.refundable = refundable
        }
    }

    public var number: Int64
    public var at: Date
    public var lines: [Line]

    public init(number: Int64, at: Date, lines: [Line]) {
        self.number = number
        self.at = at
        self.lines = lines
    }
}

/// What a responsable allows to give back: quantities of lines of one earlier ticket, and
/// how (cash from the drawer, or a credit note).
public struct RefundRequest: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        public var position: Int
        public var quantity: Int

        public init(position: Int, quantity: Int) {
            self.position = position
            self.quantity = quantity
        }
    }

    public enum Method: String, Hashable, Sendable {
        case cash, creditNote

        public var label: String { self == .cash ? "en espèces" : "en avoir" }
    }

    public var number: Int64
    public var items: [Item]
    public var method: Method
    /// The amount to give back, as the till computed it (the ledger recomputes it).
    public var amount: Money

    public init(number: Int64, items: [Item], method: Method, amount: Money) {
        self.number = number
        self.items = items
        self.method = method
        self.amount = amount
    }
}
