import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// Active friperie categories, those with a key (1–9) first, by key then label.
    public func categories() throws -> [Category] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT code, label, price_cents, key FROM categories WHERE active = 1
                ORDER BY key IS NULL, key, label
                """).map(Self.category)
        }
    }

    public func addCategory(_ category: Category, by actor: Int64?, till: String) throws {
        try write { db in try self.insertCategory(db, category, by: actor, till: till) }
    }

    /// Adds an épicerie product; a 13-digit code must be a valid EAN-13.
    public func addProduct(_ product: Product, by actor: Int64?, till: String) throws {
        try write { db in try self.insertProduct(db, product, by: actor, till: till) }
    }

    /// What a typed or scanned code is: an active category, else an active product.
    /// Both lookups use the UNIQUE index on `code`.
    public func lookup(code: String) throws -> CatalogItem? {
        let code = code.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !code.isEmpty else { return nil }
        return try read { db in
            if let row = try Row.fetchOne(db, sql: """
                SELECT code, label, price_cents, key FROM categories WHERE code = ? AND active = 1
                """, arguments: [code]) {
                return .category(Self.category(row))
            }
            if let row = try Row.fetchOne(db, sql: """
                SELECT code, name, market_price_cents FROM products WHERE code = ? AND active = 1
                """, arguments: [code]) {
                return .product(Product(code: row["code"], name: row["name"], marketPrice: Money(cents: row["market_price_cents"])))
            }
            return nil
        }
    }

    // MARK: - Inside a transaction

    func insertCategory(_ db: Database, _ category: Category, by actor: Int64?, till: String) throws {
        try checkActor(db, actor)
        let code = category.code.trimmingCharacters(in: .whitespaces)
        let label = category.label.trimmingCharacters(in: .whitespaces)
        guard !code.isEmpty else { throw LedgerError.refused("Le code de la catégorie est vide : tapez un code, par exemple TSHIRT.") }
        guard !label.isEmpty else { throw LedgerError.refused("Le libellé de la catégorie est vide : tapez un libellé, par exemple T-shirt.") }
        guard !category.price.isNegative else { throw LedgerError.refused("Le prix de « \(label) » est négatif : tapez un prix positif.") }
        if let key = category.key {
            guard (1...9).contains(key) else { throw LedgerError.refused("La touche doit être un chiffre de 1 à 9.") }
            if let other = try String.fetchOne(db, sql: "SELECT label FROM categories WHERE key = ? AND active = 1", arguments: [key]) {
                throw LedgerError.refused("La touche \(key) est déjà prise par « \(other) » : choisissez une autre touche.")
            }
        }
        try requireFreeCode(db, code)
        try journal(db, .categoryCreated, till: till, operatorId: actor,
                    CategoryPayload(code: code, label: label, priceCents: category.price.cents, key: category.key))
        try db.execute(
            sql: "INSERT INTO categories (code, label, price_cents, key, active) VALUES (?, ?, ?, ?, 1)",
            arguments: [code, label, category.price.cents, category.key])
    }

    func insertProduct(_ db: Database, _ product: Product, by actor: Int64?, till: String) throws {
        try checkActor(db, actor)
        let code = product.code.trimmingCharacters(in: .whitespaces)
        let name = product.name.trimmingCharacters(in: .whitespaces)
        guard !code.isEmpty else { throw LedgerError.refused("Le code du produit est vide : scannez ou tapez son code-barres.") }
        guard !name.isEmpty else { throw LedgerError.refused("Le nom du produit est vide : tapez son nom.") }
        if code.count == 13, code.allSatisfy({ ("0"..."9").contains($0) }), !EAN13.isValid(code) {
            throw LedgerError.refused("Le code-barres \(code) n'est pas valide (mauvaise clé de contrôle) : scannez-le à nouveau ou vérifiez les chiffres.")
        }
        guard !product.marketPrice.isNegative else { throw LedgerError.refused("Le prix de « \(name) » est négatif : tapez un prix positif.") }
        try requireFreeCode(db, code)
        try journal(db, .productCreated, till: till, operatorId: actor,
                    ProductPayload(code: code, name: name, marketPriceCents: product.marketPrice.cents))
        try db.execute(
            sql: "INSERT INTO products (code, name, market_price_cents, active) VALUES (?, ?, ?, 1)",
            arguments: [code, name, product.marketPrice.cents])
    }

    /// A code names one thing: `lookup` tries categories first, a product with the same
    /// code would never be found.
    private func requireFreeCode(_ db: Database, _ code: String) throws {
        if let label = try String.fetchOne(db, sql: "SELECT label FROM categories WHERE code = ?", arguments: [code])
            ?? String.fetchOne(db, sql: "SELECT name FROM products WHERE code = ?", arguments: [code]) {
            throw LedgerError.refused("Le code \(code) est déjà utilisé par « \(label) » : choisissez un autre code.")
        }
    }

    static func category(_ row: Row) -> Category {
        Category(code: row["code"], label: row["label"], price: Money(cents: row["price_cents"]), key: row["key"])
    }
}
