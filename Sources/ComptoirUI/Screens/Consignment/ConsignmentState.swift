import ComptoirCore

/// The vide-greniers (Alt+V): the board of boxes, the sellers, and one seller's page.
public struct ConsignmentState: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        case board, sellers, seller
    }

    public var mode: Mode = .board
    public var board: [BoxBoardEntry] = []
    public var selected = 0
    public var search = TextField(maxLength: 30)
    public var sellers: [Seller] = []
    public var sellerList = ListState()
    public var sellerSelected: Int {
        get { sellerList.selected }
        set { sellerList.selected = newValue }
    }
    public var page: SellerPage?
    public var form: ConsignmentForm?
    public init() {}
}

/// One seller as their page shows them: the file, the balance, the rentals (latest
/// first) with their items, and the statement when one is asked for.
public struct SellerPage: Equatable, Sendable {
    public var seller: Seller
    public var balance: Money
    public var rentals: [RentalSummary]
    /// Items of every rental, by rental then number.
    public var items: [ConsignedItem]
    /// Latest first.
    public var payouts: [Payout]
    public var rentalIndex = 0
    public var itemIndex = 0
    /// End of rental: the unsold items are listed, each returned or donated.
    public var ending = false
    public var statement: SellerStatement?

    /// `rentalId`: the rental to show first (the latest when nil).
    public init(seller: Seller, balance: Money, rentals: [RentalSummary], items: [ConsignedItem], payouts: [Payout] = [],
                rentalId: Int64? = nil) {
        self.seller = seller
        self.payouts = payouts
        self.balance = balance
        self.rentals = rentals
        self.items = items
        rentalIndex = rentalId.flatMap { id in rentals.firstIndex { $0.rental.id == id } } ?? 0
    }

    public var rental: RentalSummary? { rentals.indices.contains(rentalIndex) ? rentals[rentalIndex] : nil }

    /// The items shown: the chosen rental's, or only its unsold ones when ending it.
    public var shownItems: [ConsignedItem] {
        guard let id = rental?.rental.id else { return [] }
        return items.filter { $0.rentalId == id && (!ending || $0.status == .inStock) }
    }

    public var item: ConsignedItem? {
        let shown = shownItems
        return shown.indices.contains(itemIndex) ? shown[itemIndex] : nil
    }

    /// Keeps the choice on the same rental after a reload.
    mutating func keepChoice(of old: SellerPage?) {
        guard let old else { return }
        statement = nil
        if let id = old.rental?.rental.id, let i = rentals.firstIndex(where: { $0.rental.id == id }) { rentalIndex = i }
        ending = old.ending && rental?.rental.id == old.rental?.rental.id
        itemIndex = min(old.itemIndex, max(0, shownItems.count - 1))
    }
}
