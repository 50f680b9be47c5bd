import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// Records an arrival (donation, purchase, food bank) or an inventory correction
    /// (with its reason), journaled. A correction may be negative; an arrival may not.
    public func recordStock(code: String, kind: StockMovementKind, quantity: Int, weightGrams: Int? = nil,
                            reason: String? = nil, by actor: Int64?, till: String) throws {
        try write { db in try self.insertStockMovement(db, code: code, kind: kind, quantity: quantity,
                                                       weightGrams: weightGrams, reason: reason, by: actor, till: till) }
    }

    /// Active products at or below their low-stock threshold, lowest first.
    public func lowStock() throws -> [Product] {
        try read { db in
            try Row.fetchAll(db, sql: Self.productSQL + " WHERE p.active = 1 AND stock <= p.low_stock ORDER BY stock, p.name")
                .map(Self.product)
        }
    }

    /// Every active product, by category then name, accents and case aside (SQLite
    /// would put « Épicerie » after « Vrac »).
    public func products() throws -> [Product] {
        let products = try read { db in
            try Row.fetchAll(db, sql: Self.productSQL + " WHERE p.active = 1").map(Self.product)
        }
        let key: (String) -> String = { $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        return products.sorted { (key($0.category), key($0.name), $0.code) < (key($1.category), key($1.name), $1.code) }
    }

    public func product(code: String) throws -> Product? {
        try read { db in try Self.product(db, code: code) }
    }

    // MARK: - Inside a transaction

    func insertStockMovement(_ db: Database, code: String, kind: StockMovementKind, quantity: Int, weightGrams: Int?,
                             reason: String?, by actor: Int64?, till: String) throws {
        guard let product = try Self.product(db, code: code) else {
            throw LedgerError.refused("Aucun produit n'a le code \(code) : vérifiez-le, ou ajoutez le produit au catalogue.")
        }
        let why = reason?.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .sale:
            throw LedgerError.refused("Une vente fait bouger le stock d'elle-même.")
        case .correction:
            try checkActor(db, actor)
            guard quantity != 0 else { throw LedgerError.refused("Quantité : une correction de 0 ne change rien.") }
            guard let why, !why.isEmpty else {
                throw LedgerError.refused("Raison : dites pourquoi le stock est corrigé (casse, date dépassée, comptage…).")
            }
        default:
            guard quantity > 0 else { throw LedgerError.refused("Quantité : une arrivée compte au moins une unité.") }
        }
        if let weightGrams, weightGrams <= 0 {
            throw LedgerError.refused("Poids : tapez un poids positif, ou laissez-le vide.")
        }
        guard product.stock + quantity >= 0 || kind != .correction else {
            throw LedgerError.refused("Quantité : le stock de « \(product.name) » est de \(product.stock), il ne peut pas descendre sous 0.")
        }
        let stamp = try journal(db, .stockMoved, till: till, operatorId: actor, StockPayload(
            product: product.code, kind: kind.rawValue, quantity: Int64(quantity),
            weightGrams: weightGrams.map(Int64.init), reason: why?.isEmpty == true ? nil : why))
        try db.execute(sql: """
            INSERT INTO stock_movements (product_code, kind, quantity, weight_grams, reason, journal_seq, at, balance_after)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [product.code, kind.rawValue, quantity, weightGrams, why?.isEmpty == true ? nil : why,
                             stamp.seq, stamp.at, product.stock + quantity])
    }

    /// A ticket's épicerie lines take their quantity out of stock (a counter-entry's
    /// negative quantities put it back), under the ticket's journal entry.
    func insertTicketStockMovements(_ db: Database, _ payload: TicketPayload, stamp: JournalStamp) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO stock_movements (product_code, kind, quantity, weight_grams, reason, journal_seq, at, balance_after)
            VALUES (?, 'vente', ?, NULL, NULL, ?, ?, ?)
            """)
        for line in payload.lines where line.activity == Activity.epicerie.rawValue {
            guard let code = line.code else { continue }
            // A product sold by the kg is stocked in grams.
            let quantity = -line.quantity * (line.weightGrams ?? 1)
            try insert.execute(arguments: [code, quantity, stamp.seq, stamp.at, try Self.stock(db, code: code) + quantity])
        }
    }

    /// A product's stock: the balance its last movement left (0 before any), one indexed
    /// read whatever its history. Inside a write it sees the transaction's own movements.
    static func stock(_ db: Database, code: String) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: lastBalanceSQL), arguments: [code]) ?? 0
    }

    private static let lastBalanceSQL = """
        SELECT balance_after FROM stock_movements WHERE product_code = ? ORDER BY id DESC LIMIT 1
        """

    static let productSQL = """
        SELECT p.code, p.name, p.market_price_cents, p.category, p.unit, p.solidarity_price_cents, p.weight_grams,
               p.low_stock,
               COALESCE((SELECT m.balance_after FROM stock_movements m WHERE m.product_code = p.code ORDER BY m.id DESC LIMIT 1), 0)
                 AS stock
        FROM products p
        """

    static func product(_ db: Database, code: String) throws -> Product? {
        try Row.fetchOne(db.cachedStatement(sql: productSQL + " WHERE p.code = ? AND p.active = 1"), arguments: [code])
            .map(product)
    }

    static func product(_ row: Row) -> Product {
        Product(code: row["code"], name: row["name"], marketPrice: Money(cents: row["market_price_cents"]),
                category: row["category"], unit: Product.Unit(rawValue: row["unit"]) ?? .piece,
                solidarityPrice: (row["solidarity_price_cents"] as Int64?).map { Money(cents: $0) },
                weightGrams: row["weight_grams"], lowStock: row["low_stock"], stock: row["stock"])
    }
}
