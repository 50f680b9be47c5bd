import Foundation

/// Money paid back to a seller, by a responsable: in cash from the drawer (a drawer
/// movement the closing counts) or by transfer to the seller's IBAN.
public struct Payout: Hashable, Sendable, Codable {
    public enum Method: String, Hashable, Sendable, Codable, CaseIterable {
        case cash = "especes"
        case transfer = "virement"

        public var label: String { self == .cash ? "espèces" : "virement" }
    }

    public var id: Int64
    public var sellerId: Int64
    public var amount: Money
    public var method: Method
    public var at: Date
    public var till: String
    /// The responsable who paid.
    public var authorizedBy: String
    /// A transfer: the IBAN it went to, kept with the payout (the seller's file may change later).
    public var iban: String?

    public init(id: Int64, sellerId: Int64, amount: Money, method: Method, at: Date, till: String, authorizedBy: String,
                iban: String? = nil) {
        self.id = id
        self.sellerId = sellerId
        self.amount = amount
        self.method = method
        self.at = at
        self.till = till
        self.authorizedBy = authorizedBy
        self.iban = iban
    }
}
