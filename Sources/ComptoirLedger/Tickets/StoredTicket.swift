import ComptoirCore
import Foundation

/// A ticket read back from the ledger, with what a receipt or a reprint needs.
public struct StoredTicket: Sendable, Equatable {
    public var number: Int64
    /// "sale", or a counter-entry: "cancellation" or "refund".
    public var kind: String
    /// The number of the ticket a counter-entry corrects.
    public var originalNumber: Int64?
    public var sessionId: Int64
    public var till: String
    public var operatorId: Int64
    public var operatorName: String
    public var at: Date
    public var lines: [CartLine]
    public var payments: [Payment]
    public var total: Money
    public var journalSeq: Int64
    /// The household's card number, on an épicerie ticket.
    public var household: Int64?

    public init(
        number: Int64, kind: String, originalNumber: Int64?, sessionId: Int64, till: String,
        operatorId: Int64, operatorName: String, at: Date, lines: [CartLine], payments: [Payment],
        total: Money, journalSeq: Int64, household: Int64? = nil
    ) {
        self.household = household
        self.number = number
        self.kind = kind
        self.originalNumber = originalNumber
        self.sessionId = sessionId
        self.till = till
        self.operatorId = operatorId
        self.operatorName = operatorName
        self.at = at
        self.lines = lines
        self.payments = payments
        self.total = total
        self.journalSeq = journalSeq
    }

    /// Money handed back to the customer.
    public var change: Money { payments.reduce(.zero) { $0 + $1.change } }
}
