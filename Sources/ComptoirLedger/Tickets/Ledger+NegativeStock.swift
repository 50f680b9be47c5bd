import ComptoirCore
import GRDB

extension Ledger {
    /// Sets `stockAfter` on each épicerie line that takes its product below zero, from the
    /// product's stock so far (its last movement's balance) and the ticket's earlier lines, inside the ticket's transaction.
    func markNegativeStock(_ db: Database, _ payload: inout TicketPayload) throws {
        var stock: [String: Int64] = [:]
        for i in payload.lines.indices {
            let line = payload.lines[i]
            payload.lines[i].stockAfter = nil
            guard let (code, taken) = StockAfter.taken(activity: line.activity, code: line.code, quantity: line.quantity,
                                                       weightGrams: line.weightGrams) else { continue }
            let before = try stock[code] ?? Self.stock(db, code: code)
            stock[code] = before &- taken
            payload.lines[i].stockAfter = StockAfter.recorded(before: before, taken: taken)
        }
    }

    /// A sale takes a product below zero only when the volunteer accepted it at the till:
    /// another till may have sold the last unit since the product was scanned.
    func checkNegativeStockAccepted(_ db: Database, _ payload: TicketPayload, accepted: Set<String>) throws {
        for line in payload.lines {
            guard let after = line.stockAfter, let code = line.code, !accepted.contains(code) else { continue }
            let product = try Row.fetchOne(db, sql: "SELECT name, unit FROM products WHERE code = ?", arguments: [code])
            let name: String = product?["name"] ?? line.label
            let byKg = (product?["unit"] as String?) == Product.Unit.kg.rawValue
            let shown = byKg ? "-" + Grams.kilograms(-after) : "\(after)"
            throw LedgerError.refused("Le stock de « \(name) » passerait à \(shown) : retirez la ligne (F4) et ajoutez-la à nouveau pour confirmer la vente sous zéro.")
        }
    }
}
