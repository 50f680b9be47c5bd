/// A monthly or yearly closing: the Z's of the sessions opened in the period, rolled up,
/// with the perpetual grand total at the last of them.
public struct PeriodReport: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case day = "jour"
        case month = "mois"
        case year = "annee"
    }

    public var kind: Kind
    /// `2026-11` or `2026`.
    public var period: String
    public var sessions: [Int64]
    public var sales: Int
    public var cancellations: Int
    public var refunds: Int
    public var byMethod: [PaymentMethod: Money]
    public var byActivity: [Activity: Money]
    public var commission: Money
    public var sellersShare: Money
    public var counted: Money
    public var variance: Money
    public var perpetualTotal: Money
    /// The grand totals in absolute values at the last Z (`SessionReport`); nil on a
    /// closing made before they were kept.
    public var perpetualSales: Money?
    public var perpetualCounterEntries: Money?

    public init(kind: Kind, period: String, sessions: [Int64], sales: Int, cancellations: Int, refunds: Int,
                byMethod: [PaymentMethod: Money], byActivity: [Activity: Money], commission: Money, sellersShare: Money,
                counted: Money, variance: Money, perpetualTotal: Money) {
        self.kind = kind
        self.period = period
        self.sessions = sessions
        self.sales = sales
        self.cancellations = cancellations
        self.refunds = refunds
        self.byMethod = byMethod
        self.byActivity = byActivity
        self.commission = commission
        self.sellersShare = sellersShare
        self.counted = counted
        self.variance = variance
        self.perpetualTotal = perpetualTotal
    }

    public var total: Money { byActivity.values.reduce(.zero, +) }

    /// `01/12/2026`, `novembre 2026`, `2026`.
    public var label: String {
        if kind == .day, let day = CalendarDay(period) { return day.french }
        guard kind == .month, let day = CalendarDay.month(period) else { return period }
        return day.frenchMonth
    }
}
