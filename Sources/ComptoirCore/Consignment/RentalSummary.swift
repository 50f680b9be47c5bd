/// A rental as the till shows it: its current end and whole rent (signature and
/// extensions), who rents it, and what of the rent the till has taken.
public struct RentalSummary: Hashable, Sendable {
    /// `to` is the current end, `rent` the rent of the signature and every extension.
    public var rental: Rental
    public var sellerName: String
    public var rentPaidAtTill: Money
    public var itemCount: Int
    public var itemsInBox: Int

    public init(rental: Rental, sellerName: String, rentPaidAtTill: Money, itemCount: Int, itemsInBox: Int) {
        self.rental = rental
        self.sellerName = sellerName
        self.rentPaidAtTill = rentPaidAtTill
        self.itemCount = itemCount
        self.itemsInBox = itemsInBox
    }

    /// Rent still to pay at the till (nothing when it is deducted from the sales).
    public var rentDue: Money {
        rental.rentPayment == .atTill ? max(.zero, rental.rent - rentPaidAtTill) : .zero
    }

    /// `B07 du 01/12/2026 au 14/12/2026`.
    /// A rental ended on its first day ends the day before it began: it held no day.
    public var title: String {
        rental.to < rental.from ? "\(rental.boxCode) le \(rental.from.french) (arrêtée le jour même)"
                                : "\(rental.boxCode) du \(rental.from.french) au \(rental.to.french)"
    }

    /// The ticket line that takes the rent still due at the till.
    public var rentLine: CartLine {
        CartLine(code: nil, label: "Loyer \(rental.boxCode) \(rental.from.french.prefix(5))-\(rental.to.french.prefix(5))",
                 activity: .loyer, unitPrice: rentDue, rentalId: rental.id)
    }
}
