import Foundation

/// What the shop owes a seller over a period (both days included): the items sold (and
/// refunded) with their split, the rent taken from the sales, the payouts, and the
/// balance — shares − rent deducted − payouts, since the first rental — at the end.
public struct SellerStatement: Hashable, Sendable, Codable {
    public struct Sale: Hashable, Sendable, Codable {
        public var at: Date
        public var ticket: Int64
        public var boxCode: String
        /// The label code; nil for a handwritten label sold as box + price.
        public var item: ItemLabelCode?
        public var description: String
        /// Negative on a refund.
        public var price: Money
        public var split: CommissionSplit

        public init(at: Date, ticket: Int64, boxCode: String, item: ItemLabelCode?, description: String,
                    price: Money, split: CommissionSplit) {
            self.at = at
            self.ticket = ticket
            self.boxCode = boxCode
            self.item = item
            self.description = description
            self.price = price
            self.split = split
        }
    }

    /// Rent taken from the sales, when a rental (or its extension) is signed.
    public struct RentDeduction: Hashable, Sendable, Codable {
        public var at: Date
        public var boxCode: String
        public var amount: Money

        public init(at: Date, boxCode: String, amount: Money) {
            self.at = at
            self.boxCode = boxCode
            self.amount = amount
        }
    }

    public var seller: Seller
    public var from: CalendarDay
    public var to: CalendarDay
    public var sales: [Sale]
    public var rentDeducted: [RentDeduction]
    public var payouts: [Payout]
    /// The balance before `from`.
    public var openingBalance: Money
    /// The seller's debt paid back at the till (negative when such a ticket is refunded).
    public var debtPaid: [RentDeduction] = []

    public init(seller: Seller, from: CalendarDay, to: CalendarDay, sales: [Sale], rentDeducted: [RentDeduction],
                payouts: [Payout], openingBalance: Money) {
        self.seller = seller
        self.from = from
        self.to = to
        self.sales = sales
        self.rentDeducted = rentDeducted
        self.payouts = payouts
        self.openingBalance = openingBalance
    }

    public var gross: Money { sales.reduce(.zero) { $0 + $1.price } }
    public var commission: Money { sales.reduce(.zero) { $0 + $1.split.commission } }
    public var share: Money { sales.reduce(.zero) { $0 + $1.split.share } }
    public var rent: Money { rentDeducted.reduce(.zero) { $0 + $1.amount } }
    public var paidOut: Money { payouts.reduce(.zero) { $0 + $1.amount } }
    public var debtPaidTotal: Money { debtPaid.reduce(.zero) { $0 + $1.amount } }
    /// What the shop owes the seller at the end of the period.
    public var closingBalance: Money { openingBalance + share - rent - paidOut + debtPaidTotal }
}
