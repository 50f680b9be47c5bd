/// A seller's rental of a box for a period (both days included), with the commission rate
/// frozen at signature: a later change of the shop's default does not touch it.
public struct Rental: Hashable, Sendable, Codable {
    /// How the rent is paid.
    public enum RentPayment: String, Hashable, Sendable, Codable {
        /// A ticket line at the till, with a receipt and a contract slip.
        case atTill = "caisse"
        /// Taken from the seller's share of the sales.
        case deducted = "deduit"

        public var label: String { self == .atTill ? "payé à la caisse" : "déduit des ventes" }
    }

    public var id: Int64
    public var sellerId: Int64
    public var boxCode: String
    public var from: CalendarDay
    public var to: CalendarDay
    public var rateBasisPoints: Int
    public var rent: Money
    public var rentPayment: RentPayment

    public init(id: Int64 = 0, sellerId: Int64, boxCode: String, from: CalendarDay, to: CalendarDay,
                rateBasisPoints: Int = CommissionSplit.defaultRateBasisPoints, rent: Money, rentPayment: RentPayment) {
        self.id = id
        self.sellerId = sellerId
        self.boxCode = boxCode
        self.from = from
        self.to = to
        self.rateBasisPoints = rateBasisPoints
        self.rent = rent
        self.rentPayment = rentPayment
    }

    /// True when the two rentals hold the same box on at least one common day.
    public func overlaps(_ other: Rental) -> Bool {
        boxCode == other.boxCode && from <= other.to && other.from <= to
    }

    /// The rent for `weeks` weeks or `months` months of `box`.
    public static func rent(of box: Box, weeks: Int = 0, months: Int = 0) -> Money {
        box.weeklyRent * weeks + box.monthlyRent * months
    }

    public var problem: String? {
        if to < from { return "Dates : la fin (\(to.french)) est avant le début (\(from.french))." }
        if !(0...10_000).contains(rateBasisPoints) { return "Commission : entre 0 et 100 %." }
        if rent.isNegative { return "Loyer : un loyer ne peut pas être négatif." }
        return nil
    }
}
