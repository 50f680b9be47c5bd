import ComptoirCore
import Foundation

/// What the till shows once a sale is safely on disk ("Vente n° 42 enregistrée — rendu 3,50 €").
public struct CommittedTicket: Sendable, Equatable {
    public var number: Int64
    public var total: Money
    public var change: Money
    public var at: Date
    public var journalSeq: Int64
    /// The credit note this ticket issued (a refund, or the rest of a larger credit note).
    public var creditNote: CreditNote?
    /// Cash a counter-entry hands back from the drawer.
    public var cashBack: Money

    public init(number: Int64, total: Money, change: Money, at: Date, journalSeq: Int64, creditNote: CreditNote? = nil,
                cashBack: Money = .zero) {
        self.creditNote = creditNote
        self.cashBack = cashBack
        self.number = number
        self.total = total
        self.change = change
        self.at = at
        self.journalSeq = journalSeq
    }
}
