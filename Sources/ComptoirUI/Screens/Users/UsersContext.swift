import ComptoirCore

/// What the accounts screen reads of the app's state.
public struct UsersContext: Equatable, Sendable {
    /// Who is at the till; nil when nobody is logged in.
    public var user: UserSummary?
    /// Every account, inactive ones included.
    public var users: [UserSummary]
    public var training: Bool

    /// A responsable or an admin: they manage the accounts, a bénévole only their own PIN.
    var isManager: Bool { user?.role.isManager == true }
    var isAdmin: Bool { user?.role == .admin }
}

extension AppState {
    var usersContext: UsersContext {
        UsersContext(user: user, users: users, training: training)
    }
}
