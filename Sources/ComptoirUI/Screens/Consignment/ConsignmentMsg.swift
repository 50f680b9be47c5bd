import ComptoirCore

/// The answers to `ConsignmentEffect`.
public enum ConsignmentMsg: Equatable, Sendable {
    case boardLoaded([BoxBoardEntry], message: String?)
    case sellersFound([Seller])
    case sellerPageLoaded(SellerPage, message: String?)
    /// A rental was signed (its contract printed); the rent line when it is paid at the till.
    case rentalSigned(SellerPage, rentLine: CartLine?, message: String)
    case itemRegistered(ConsignedItem, SellerPage)
    case statementLoaded(SellerStatement)
    /// A payout was made (slip printed); the page with the new balance, and how it was paid.
    case payoutMade(SellerPage, method: Payout.Method, message: String)
}
