import ComptoirCore

/// The épicerie's catalog and stock: the products, and the form being typed.
public struct StockState: Equatable, Sendable {
    public var products: [Product] = []
    public var list = ListState()
    public var selected: Int {
        get { list.selected }
        set { list.selected = newValue }
    }
    /// Only the products at or below their low-stock threshold.
    public var lowOnly = false
    public var form: StockForm?
    public init() {}

    /// Negative stocks first, lowest first: a sale went past what the shelf held, a count
    /// is due. The rest keeps the catalog's order.
    public var shown: [Product] {
        let listed = lowOnly ? products.filter { $0.stock <= $0.lowStock } : products
        return listed.filter { $0.stock < 0 }.sorted { $0.stock < $1.stock } + listed.filter { $0.stock >= 0 }
    }
}
