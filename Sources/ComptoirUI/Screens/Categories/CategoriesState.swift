import ComptoirCore

/// The categories screen: the row chosen, and the form being typed.
public struct CategoriesState: Equatable, Sendable {
    public var list = ListState()
    public var form: CategoryForm?
    /// Where the app goes when the list is left: the sale screen, or the next step of a
    /// first start (the app's choice, made when it opens the screen).
    public var exit: Screen = .sale
    public init() {}
}
