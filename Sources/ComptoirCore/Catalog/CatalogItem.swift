/// What a typed or scanned code turns out to be.
public enum CatalogItem: Hashable, Sendable {
    case category(Category)
    case product(Product)
}
