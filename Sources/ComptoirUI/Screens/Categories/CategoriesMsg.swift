import ComptoirCore

/// The answers to `CategoriesEffect`, and the runtime's news that another till changed them.
public enum CategoriesMsg: Equatable, Sendable {
    /// The categories as the ledger has them; `message` says what was just saved (nil for a
    /// load, or for a change seen by the runtime's poll).
    case categoriesLoaded([Category], message: String?)
}
