import ComptoirCore

/// The épicerie's products and their stock; each answered by `.stock(.stockLoaded)` or `.failed`.
public enum StockEffect: Equatable, Sendable {
    case loadStock
    /// An arrival or an inventory correction.
    case recordStock(code: String, kind: StockMovementKind, quantity: Int, weightGrams: Int?, reason: String?, operatorId: Int64)
    /// Create or change a product (a responsable).
    case saveProduct(Product, actorId: Int64)
}
