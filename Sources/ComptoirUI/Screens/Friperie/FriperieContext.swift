import Foundation
import ComptoirCore

/// What the back door reads of the app's state, and nothing more.
public struct FriperieContext: Equatable, Sendable {
    /// Who weighs: the weighings and receipts are theirs.
    public var user: UserSummary?
    public var now: Date
    public var timeZone: TimeZone
    /// A scale is configured at this till.
    public var hasScale: Bool

    public init(user: UserSummary?, now: Date, timeZone: TimeZone, hasScale: Bool) {
        self.user = user
        self.now = now
        self.timeZone = timeZone
        self.hasScale = hasScale
    }

    /// The year of `now` where the shop is.
    var thisYear: Int { CalendarDay(now, in: timeZone).year }
}

/// What the back door's key tables read: its slice and its context.
struct FriperieKeysContext: Sendable {
    let friperie: FriperieState
    let context: FriperieContext
}

extension AppState {
    var friperieContext: FriperieContext {
        FriperieContext(user: user, now: now, timeZone: context.timeZone, hasScale: context.hasScale)
    }
}
