import ComptoirCore

/// The friperie's categories; each answered by `.categories(.categoriesLoaded)` or `.failed`.
public enum CategoriesEffect: Equatable, Sendable {
    case loadCategories
    /// Create (`isNew`) or change a category, by a responsable; the ledger journals it as
    /// `comptoir categories set` does.
    case saveCategory(Category, isNew: Bool, actorId: Int64)
}
