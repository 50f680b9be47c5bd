import ComptoirCore

/// The answers to `StockEffect`.
public enum StockMsg: Equatable, Sendable {
    /// The épicerie's products with their stock; `message` says what was just recorded.
    case stockLoaded([Product], message: String?)
}
