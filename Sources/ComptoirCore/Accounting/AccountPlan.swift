/// The accounts the treasurer's exports post to (French chart of accounts by default);
/// each can be changed in the settings (`[comptes]`).
public struct AccountPlan: Hashable, Sendable {
    public var sales: [Activity: String] = [
        .epicerie: "707100", .friperie: "707200", .videGreniers: "707300", .loyer: "708300", .autre: "708800",
    ]
    /// The shop's commission on consigned items.
    public var commission = "708400"
    /// What the shop owes the sellers (their share of the sales, less rent and payouts).
    public var sellers = "467100"
    public var methods: [PaymentMethod: String] = [
        .cash: "530000", .card: "511500", .cheque: "511200", .transfer: "512000", .voucher: "468700", .creditNote: "419100",
    ]
    /// Cash taken out of the drawer to the bank or the safe.
    public var drops = "580000"
    public var bank = "512000"
    public var shortfall = "658000"
    public var surplus = "758000"

    public init() {}

    /// The account's label in the exports.
    public func label(_ account: String) -> String {
        if let activity = sales.first(where: { $0.value == account })?.key { return "Ventes \(activity.label.lowercased())" }
        if let method = methods.first(where: { $0.value == account })?.key {
            return method == .cash ? "Caisse" : method == .transfer ? "Banque" : method.label
        }
        switch account {
        case commission: return "Commissions vide-greniers"
        case sellers: return "Déposants"
        case drops: return "Virements internes"
        case bank: return "Banque"
        case shortfall: return "Écarts de caisse (manquants)"
        case surplus: return "Écarts de caisse (excédents)"
        default: return account
        }
    }
}
