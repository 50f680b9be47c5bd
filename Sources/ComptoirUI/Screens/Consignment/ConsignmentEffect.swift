import ComptoirCore

/// The vide-greniers: boxes, sellers, rentals, items, statements and payouts.
public enum ConsignmentEffect: Equatable, Sendable {
    /// The board of boxes on that day. Answer: `.consignment(.boardLoaded)`.
    case loadBoard(CalendarDay)
    /// Answer: `.consignment(.sellersFound)`.
    case searchSellers(String)
    /// The seller's page, with `message` for the status line. Answer: `.consignment(.sellerPageLoaded)`.
    case loadSellerPage(sellerId: Int64, rentalId: Int64? = nil, message: String? = nil)
    /// Answer: `.consignment(.sellerPageLoaded)` or `.failed`.
    case saveSeller(Seller, actorId: Int64)
    /// A seller's file whose bank details are new, changed or removed, allowed by a
    /// responsable. Answer: `.consignment(.sellerPageLoaded)` or `.failed`.
    case saveSellerBankDetails(Seller, Approval)
    /// A responsable. Answer: `.consignment(.boardLoaded)` or `.failed`.
    case saveBox(Box, actorId: Int64)
    /// Signs the rental and prints the contract slip. Answer: `.consignment(.rentalSigned)` or `.failed`.
    case signRental(Rental, actorId: Int64)
    case extendRental(rentalId: Int64, sellerId: Int64, to: CalendarDay, rent: Money, actorId: Int64)
    case endRentalEarly(rentalId: Int64, sellerId: Int64, actorId: Int64)
    /// Answer: `.consignment(.itemRegistered)` or `.failed`.
    case registerItem(rentalId: Int64, sellerId: Int64, description: String, price: Money, actorId: Int64)
    /// An unsold item back to its seller, or to the friperie with its weight. Answer: `.consignment(.sellerPageLoaded)`.
    case endItem(itemId: Int64, sellerId: Int64, donatedGrams: Int?, donated: Bool, actorId: Int64)
    /// Labels of the rental's items still in the box. Answer: `.notice` or `.failed`.
    case printLabels(rentalId: Int64, operatorId: Int64)
    /// Answer: `.consignment(.statementLoaded)`.
    case loadStatement(sellerId: Int64, from: CalendarDay, to: CalendarDay)
    /// Answer: `.notice` or `.failed`.
    case printStatement(sellerId: Int64, from: CalendarDay, to: CalendarDay)
    /// Pay a seller back (cash from the drawer or transfer), allowed by a responsable.
    /// Answer: `.consignment(.payoutMade)` or `.failed`.
    case payout(sellerId: Int64, amount: Money, method: Payout.Method, Approval)
}
