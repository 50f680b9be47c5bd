import ComptoirCore

/// What the épicerie did in one calendar month, as funders and the CCAS ask for it.
public struct EpicerieReport: Hashable, Sendable {
    /// The month's first day.
    public var month: CalendarDay
    /// Distinct households on the month's sales with épicerie lines (cancelled ones left out).
    public var householdsServed: Int
    /// Those sales: one per passage at the till.
    public var visits: Int
    /// Adults and children of the households served, as their files say today.
    public var personsReached: Int
    /// What households paid for épicerie lines; refunds and cancellations of the month
    /// count, negative.
    public var paid: Money
    /// The market value of the same lines.
    public var marketValue: Money
    /// Grams of the lines whose product has a net weight per piece.
    public var gramsSold: Int64
    /// Units sold whose product has no known weight (not in `gramsSold`).
    public var unitsWithoutWeight: Int64

    public init(month: CalendarDay, householdsServed: Int, visits: Int, personsReached: Int, paid: Money,
                marketValue: Money, gramsSold: Int64, unitsWithoutWeight: Int64) {
        self.month = month
        self.householdsServed = householdsServed
        self.visits = visits
        self.personsReached = personsReached
        self.paid = paid
        self.marketValue = marketValue
        self.gramsSold = gramsSold
        self.unitsWithoutWeight = unitsWithoutWeight
    }

    /// The aid the épicerie gave: market value less what was paid.
    public var aid: Money { marketValue - paid }
}
