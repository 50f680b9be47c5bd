/// What applying the retention periods would erase now, when it was not done this month
/// and something is to erase: the first login of a responsable proposes it.
public struct RetentionDue: Equatable, Sendable {
    public var periods: RetentionPeriods
    public var households: Int
    public var sellers: Int
    public var donorNames: Int

    public init(periods: RetentionPeriods, households: Int, sellers: Int, donorNames: Int) {
        self.periods = periods
        self.households = households
        self.sellers = sellers
        self.donorNames = donorNames
    }
}
