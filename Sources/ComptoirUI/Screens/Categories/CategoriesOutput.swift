import ComptoirCore

/// What the categories screen asks of the app, which owns the status line, the context's
/// categories (the sale screen sells with them) and navigates.
public enum CategoriesOutput: Equatable, Sendable {
    /// Show the categories screen (it was opened).
    case show
    case status(StatusLine)
    /// The categories as the ledger now has them: every screen sells with these.
    case categoriesChanged([Category])
    /// Escape from the list: the screen is left.
    case done
}
