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

    /// A movement's recorded balance (the product's stock after it, read by the till in one
    /// step) against the running sum of the product's quantities so far; the French reason
    /// when they differ.
    static func balanceProblem(_ movement: VerifyRows.StockMovement, expected: Int64) -> String? {
        movement.balanceAfter == expected ? nil
            : "le mouvement de stock n° \(movement.id) (\(movement.product)) dit que le stock passe à \(movement.balanceAfter == Int64.min ? "?" : "\(movement.balanceAfter)"), mais la somme de ses mouvements donne \(expected)"
    }
}
