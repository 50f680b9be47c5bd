import Foundation
import ComptoirCore

/// The till session the sales go into, as the interface needs to know it.
public struct OpenSession: Equatable, Sendable {
    public var id: Int64
    public var openedAt: Date
    public var float: Money

    public init(id: Int64, openedAt: Date, float: Money) {
        self.id = id
        self.openedAt = openedAt
        self.float = float
    }
}
