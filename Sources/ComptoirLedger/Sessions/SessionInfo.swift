import ComptoirCore
import Foundation

/// An open till session: from the counted float to the Z.
public struct SessionInfo: Sendable, Equatable {
    public var id: Int64
    public var till: String
    public var openedAt: Date
    public var openedBy: Int64
    public var float: Money

    public init(id: Int64, till: String, openedAt: Date, openedBy: Int64, float: Money) {
        self.id = id
        self.till = till
        self.openedAt = openedAt
        self.openedBy = openedBy
        self.float = float
    }
}
