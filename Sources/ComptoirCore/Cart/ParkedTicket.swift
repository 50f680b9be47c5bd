import Foundation

/// A ticket put aside before payment, to be resumed later (at any till).
public struct ParkedTicket: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var till: String
    public var parkedAt: Date
    public var lines: [CartLine]

    public init(id: Int64, till: String, parkedAt: Date, lines: [CartLine]) {
        self.id = id
        self.till = till
        self.parkedAt = parkedAt
        self.lines = lines
    }

    public var total: Money { lines.reduce(.zero) { $0 + $1.amount } }
    public var itemCount: Int { lines.reduce(0) { $0 + $1.quantity } }
}
