import Foundation
import ComptoirCore

/// What the login screen reads of the app's state.
public struct LoginContext: Equatable, Sendable {
    /// The accounts the list shows, in its order.
    public var activeUsers: [UserSummary]
    /// For the wait after wrong PINs.
    public var now: Date
    /// Demo mode: each account's PIN, shown beside its name.
    public var demoPins: [Int64: String]?
}

extension AppState {
    var loginContext: LoginContext {
        LoginContext(activeUsers: activeUsers, now: now, demoPins: context.demoPins)
    }
}
