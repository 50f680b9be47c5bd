import Foundation

/// The figures of a till session, as the X (at any time, changes nothing) and the Z (the
/// closing) print them: totals by payment method and by activity, the vide-greniers split,
/// the cash expected in the drawer, and the shop's perpetual grand total.
public struct SessionReport: Hashable, Sendable, Codable {
    public var sessionId: Int64
    public var till: String
    public var openedAt: Date
    public var float: Money
    public var sales: Int
    public var cancellations: Int
    public var refunds: Int
    /// Net of counter-entries, by payment method (what stayed in the drawer, on the card
    /// terminal…).
    public var byMethod: [PaymentMethod: Money]
    public var byActivity: [Activity: Money]
    /// The shop's part of the vide-greniers sales, and the sellers'.
    public var commission: Money
    public var sellersShare: Money
    /// Cash paid out to sellers from this drawer (a positive amount).
    public var cashPayouts: Money
    /// Other drawer movements than the float and payouts: drops (negative).
    public var otherCashMovements: Money
    /// Every ticket of the shop, every till, since the first sale, up to this report.
    public var perpetualTotal: Money
    /// The same tickets in absolute values, kept apart: the positive totals (sales) and
    /// the negative ones (cancellations, refunds), so that a counter-entry cannot hide a
    /// sale in the grand total. `perpetualTotal` is their difference. Nil on a Z made
    /// before they were kept.
    public var perpetualSales: Money?
    public var perpetualCounterEntries: Money?
    /// Takings by hour of the day (shop time, 0–23), for the chart of the day.
    public var byHour: [Int: Money] = [:]

    public init(sessionId: Int64, till: String, openedAt: Date, float: Money, sales: Int, cancellations: Int, refunds: Int,
                byMethod: [PaymentMethod: Money], byActivity: [Activity: Money], commission: Money, sellersShare: Money,
                cashPayouts: Money, otherCashMovements: Money, perpetualTotal: Money) {
        self.sessionId = sessionId
        self.till = till
        self.openedAt = openedAt
        self.float = float
        self.sales = sales
        self.cancellations = cancellations
        self.refunds = refunds
        self.byMethod = byMethod
        self.byActivity = byActivity
        self.commission = commission
        self.sellersShare = sellersShare
        self.cashPayouts = cashPayouts
        self.otherCashMovements = otherCashMovements
        self.perpetualTotal = perpetualTotal
    }

    /// The session's takings, net of counter-entries.
    public var total: Money { byActivity.values.reduce(.zero, +) }

    /// Float + cash in (net of change and of cash given back) − cash payouts + other movements.
    public var expectedCash: Money {
        float + (byMethod[.cash] ?? .zero) - cashPayouts + otherCashMovements
    }

    /// Counted − expected: negative when cash is missing.
    public func variance(counted: Money) -> Money { counted - expectedCash }
}
