/// What a seller owes the shop when their balance is negative (rent deducted with nothing
/// sold, refunds after a payout), and the ticket line that takes it at the till. The line
/// settles the seller's account: it is neither a sale nor a commission.
public enum SellerDebt {
    /// The debt behind `balance`: zero when the shop owes the seller.
    public static func owed(balance: Money) -> Money { balance.isNegative ? -balance : .zero }

    /// `Doit 12,50 €`, or nil without a debt.
    public static func label(balance: Money) -> String? {
        balance.isNegative ? "Doit \(owed(balance: balance).formatted)" : nil
    }

    /// The French reason `amount` cannot be collected, or nil.
    public static func problem(amount: Money, owed: Money) -> String? {
        if owed.cents <= 0 { return "Montant : ce déposant ne doit rien à la boutique." }
        if amount.cents <= 0 { return "Montant : tapez le montant payé, par exemple \(owed.plain)." }
        if amount > owed { return "Montant : pas plus que la dette (\(owed.formatted))." }
        return nil
    }

    /// The ticket line « Dette vendeur <nom> », linked to one of the seller's rentals.
    public static func line(sellerName: String, rentalId: Int64, amount: Money) -> CartLine {
        CartLine(code: nil, label: "Dette vendeur \(sellerName)", activity: .detteDeposant, unitPrice: amount, rentalId: rentalId)
    }
}
