import ComptoirCore

/// What the categories screen reads of the app's state, and nothing more.
public struct CategoriesContext: Equatable, Sendable {
    /// Who is at the till: only a responsable or an admin changes the categories.
    public var user: UserSummary?
    /// The categories the till sells with, as last loaded (the list the screen shows).
    public var categories: [Category]

    public init(user: UserSummary?, categories: [Category]) {
        self.user = user
        self.categories = categories
    }

    var userIsManager: Bool { user?.role.isManager == true }
}

/// What the categories screen's key tables read: its slice and its context.
struct CategoriesKeysContext: Sendable {
    let state: CategoriesState
    let context: CategoriesContext
}

extension AppState {
    var categoriesContext: CategoriesContext { CategoriesContext(user: user ?? firstStartActor, categories: context.categories) }
}
