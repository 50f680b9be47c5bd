/// The rule behind a line's `stock_after`, shared by the ledger that writes it and
/// `verify` that recomputes it from the stock movements.
enum StockAfter {
    /// What an épicerie line takes out of its product's stock (pieces, or grams for a line
    /// sold by weight; negative on a counter-entry); nil for any other line.
    static func taken(activity: String, code: String?, quantity: Int64, weightGrams: Int64?) -> (code: String, taken: Int64)? {
        guard activity == "epicerie", let code else { return nil }
        return (code, quantity &* (weightGrams ?? 1))
    }

    /// The stock recorded on the line: only when the line takes some out and leaves it
    /// below zero, so that ordinary tickets keep their bytes.
    static func recorded(before: Int64, taken: Int64) -> Int64? {
        let after = before &- taken
        return taken > 0 && after < 0 ? after : nil
    }
}
