import ComptoirCore

/// What the stock screen reads of the app's state, and nothing more.
public struct StockContext: Equatable, Sendable {
    /// Who is at the till: arrivals are theirs, corrections and product cards a responsable's.
    public var user: UserSummary?

    public init(user: UserSummary?) {
        self.user = user
    }

    var userIsManager: Bool { user?.role.isManager == true }
}

/// What the stock screen's key tables read: its slice and its context.
struct StockKeysContext: Sendable {
    let stock: StockState
    let context: StockContext
}

extension AppState {
    var stockContext: StockContext { StockContext(user: user) }
}
