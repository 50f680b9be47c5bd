/// A consigned item's price split into the shop's commission and the seller's share
/// (DESIGN §4, vide-greniers): the commission is rounded half-up, the share is the rest,
/// so the two always add up to the price, whatever the rate.
public struct CommissionSplit: Hashable, Sendable, Codable {
    public var commission: Money
    public var share: Money

    /// `rate` in basis points: 2 500 is 25 %, frozen in the rental at signature.
    public init(price: Money, rateBasisPoints: Int) {
        commission = price.scaled(by: Int64(rateBasisPoints), over: 10_000)
        share = price - commission
    }

    /// A split as it was written (a ledger line), not recomputed.
    public init(commission: Money, share: Money) {
        self.commission = commission
        self.share = share
    }

    public var price: Money { commission + share }

    /// The shop's default commission, 25 %.
    public static let defaultRateBasisPoints = 2_500

    /// `25 %`, `12,5 %`.
    public static func rateLabel(_ basisPoints: Int) -> String {
        let whole = basisPoints / 100, rest = basisPoints % 100
        if rest == 0 { return "\(whole) %" }
        let decimals = rest % 10 == 0 ? "\(rest / 10)" : (rest < 10 ? "0\(rest)" : "\(rest)")
        return "\(whole),\(decimals) %"
    }
}
