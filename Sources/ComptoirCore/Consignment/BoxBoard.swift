/// One box on the board of all boxes, as the till shows it.
public struct BoxBoardEntry: Hashable, Sendable {
    public enum State: Hashable, Sendable {
        case free
        case rented
        /// Rented, ending within `BoxBoardEntry.endingSoonDays` days.
        case endingSoon
        /// The rental is over but items are still in the box.
        case endedWithItems
    }

    public var box: Box
    public var state: State
    /// The current rental (or the ended one still holding items).
    public var rentalId: Int64?
    public var sellerId: Int64?
    public var sellerName: String?
    public var until: CalendarDay?
    public var itemsInBox: Int
    /// The seller's balance: negative when they owe the shop (shown « Doit … »).
    public var sellerBalance: Money

    public init(box: Box, state: State, rentalId: Int64? = nil, sellerId: Int64? = nil, sellerName: String? = nil,
                until: CalendarDay? = nil, itemsInBox: Int = 0, sellerBalance: Money = .zero) {
        self.box = box
        self.state = state
        self.rentalId = rentalId
        self.sellerId = sellerId
        self.sellerName = sellerName
        self.until = until
        self.itemsInBox = itemsInBox
        self.sellerBalance = sellerBalance
    }

    public static let endingSoonDays = 3

    /// The state of a box on `today`, from its latest rental (its end and unsold items).
    public static func state(until: CalendarDay?, from: CalendarDay?, itemsInBox: Int, today: CalendarDay) -> State {
        guard let until, let from else { return .free }
        if until < today { return itemsInBox > 0 ? .endedWithItems : .free }
        if today < from { return .free }
        return today.adding(days: endingSoonDays) >= until ? .endingSoon : .rented
    }

    public var stateLabel: String {
        switch state {
        case .free: return "libre"
        case .rented: return "loué"
        case .endingSoon: return "fin proche"
        case .endedWithItems: return "à vider"
        }
    }
}
