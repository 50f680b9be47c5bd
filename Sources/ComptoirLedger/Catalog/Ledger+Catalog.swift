import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// Active friperie categories, those with a key (1–9) first, by key then label.
    public func categories() throws -> [Category] {
        try read { db in
            typealias C = CategoryRecord.Columns
            return try CategoryRecord.filter(C.active == true).order(C.key == nil, C.key, C.label).fetchAll(db).map(\.category)
        }
    }

    /// The catalog's revision for a till's cheap poll: the last journal entry's number,
    /// which every change of a category moves (with every other entry). A till reloads its
    /// categories only when it moved, and compares them before redrawing anything.
    public func catalogRevision() throws -> Int64 {
        try read { db in try Self.lastSeq(db) }
    }

    public func addCategory(_ category: Category, by actor: Int64?, till: String) throws {
        try write { db in try self.insertCategory(db, category, by: actor, till: till) }
    }

    /// Adds an épicerie product; a 13-digit code must be a valid EAN-13.
    public func addProduct(_ product: Product, by actor: Int64?, till: String) throws {
        try write { db in try self.insertProduct(db, product, by: actor, till: till) }
    }

    /// Adds the product, or changes the one with its code (journaled `product.changed`).
    /// Stock is not set here: it moves by arrivals, corrections and sales.
    public func saveProduct(_ product: Product, by actor: Int64?, till: String) throws {
        try write { db in try self.upsertProduct(db, product, by: actor, till: till) }
    }

    /// What a typed or scanned code is: an active category, else an active product.
    /// Both lookups use the UNIQUE index on `code`. SQL kept: the till's hot path (benchmarked).
    public func lookup(code: String) throws -> CatalogItem? {
        let code = code.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !code.isEmpty else { return nil }
        return try read { db in
            if let record = try CategoryRecord.fetchOne(db, sql: "SELECT * FROM categories WHERE code = ? AND active = 1",
                                                        arguments: [code]) {
                return .category(record.category)
            }
            return try Self.product(db, code: code).map { .product($0) }
        }
    }

    // MARK: - Inside a transaction

    func insertCategory(_ db: Database, _ category: Category, by actor: Int64?, till: String) throws {
        try checkActor(db, actor)
        let category = try checkedCategory(db, category)
        try requireFreeCode(db, category.code)
        try journal(db, .categoryCreated, till: till, operatorId: actor, CategoryPayload(category))
        try CategoryRecord(category).insert(db)
    }

    /// Adds the category, or changes the one with its code (journaled `category.changed`):
    /// its price, its key, how it is sold, its average weight.
    public func saveCategory(_ category: Category, by actor: Int64?, till: String) throws {
        try write { db in
            typealias C = CategoryRecord.Columns
            let code = category.code.trimmingCharacters(in: .whitespaces)
            guard let stored = try CategoryRecord.filter(C.code == code && C.active == true).fetchOne(db) else {
                return try self.insertCategory(db, category, by: actor, till: till)
            }
            try self.checkActor(db, actor)
            let category = try self.checkedCategory(db, category)
            try self.journal(db, .categoryChanged, till: till, operatorId: actor, CategoryPayload(category))
            try CategoryRecord(category, id: stored.id).update(db)
        }
    }

    /// The category trimmed, or the French reason it cannot be saved.
    private func checkedCategory(_ db: Database, _ category: Category) throws -> Category {
        var category = category
        category.code = category.code.trimmingCharacters(in: .whitespaces)
        category.label = category.label.trimmingCharacters(in: .whitespaces)
        let label = category.label
        guard !category.code.isEmpty else { throw LedgerError.refused("Le code de la catégorie est vide : tapez un code, par exemple TSHIRT.") }
        guard !label.isEmpty else { throw LedgerError.refused("Le libellé de la catégorie est vide : tapez un libellé, par exemple T-shirt.") }
        guard !category.price.isNegative else { throw LedgerError.refused("Le prix de « \(label) » est négatif : tapez un prix positif.") }
        if category.unit == .kg, category.price.isZero {
            throw LedgerError.refused("« \(label) » se vend au kilo : donnez son prix au kilo, par exemple 3,00.")
        }
        if let grams = category.averageGrams, !(1...100_000).contains(grams) {
            throw LedgerError.refused("Le poids moyen d'une pièce de « \(label) » doit être entre 1 g et 100 kg.")
        }
        if let key = category.key {
            guard (1...9).contains(key) else { throw LedgerError.refused("La touche doit être un chiffre de 1 à 9.") }
            typealias C = CategoryRecord.Columns
            if let other = try CategoryRecord.filter(C.key == key && C.active == true && C.code != category.code).fetchOne(db)?.label {
                throw LedgerError.refused("La touche \(key) est déjà prise par « \(other) » : choisissez une autre touche.")
            }
        }
        return category
    }

    func insertProduct(_ db: Database, _ product: Product, by actor: Int64?, till: String) throws {
        try checkActor(db, actor)
        let product = try Self.checkedProduct(product)
        try requireFreeCode(db, product.code)
        try journal(db, .productCreated, till: till, operatorId: actor, ProductPayload(product))
        try ProductRecord(product).insert(db)
    }

    func upsertProduct(_ db: Database, _ product: Product, by actor: Int64?, till: String) throws {
        let product = try Self.checkedProduct(product)
        guard let stored = try ProductRecord.filter(ProductRecord.Columns.code == product.code).fetchOne(db) else {
            return try insertProduct(db, product, by: actor, till: till)
        }
        try checkActor(db, actor)
        try journal(db, .productChanged, till: till, operatorId: actor, ProductPayload(product))
        try ProductRecord(product, id: stored.id).update(db)
    }

    /// The product trimmed, or the French reason naming the field that is wrong.
    static func checkedProduct(_ product: Product) throws -> Product {
        var p = product
        p.code = p.code.trimmingCharacters(in: .whitespaces)
        p.name = p.name.trimmingCharacters(in: .whitespaces)
        p.category = p.category.trimmingCharacters(in: .whitespaces)
        guard !p.code.isEmpty else { throw LedgerError.refused("Le code du produit est vide : scannez ou tapez son code-barres.") }
        guard !p.name.isEmpty else { throw LedgerError.refused("Le nom du produit est vide : tapez son nom.") }
        if p.code.count == 13, p.code.allSatisfy({ ("0"..."9").contains($0) }), !EAN13.isValid(p.code) {
            throw LedgerError.refused("Le code-barres \(p.code) n'est pas valide (mauvaise clé de contrôle) : scannez-le à nouveau ou vérifiez les chiffres.")
        }
        guard !p.marketPrice.isNegative else { throw LedgerError.refused("Le prix de « \(p.name) » est négatif : tapez un prix positif.") }
        if let s = p.solidarityPrice, s.isNegative {
            throw LedgerError.refused("Le prix solidaire de « \(p.name) » est négatif : tapez un prix positif ou laissez-le vide.")
        }
        if let w = p.weightGrams, w <= 0 {
            throw LedgerError.refused("Le poids de « \(p.name) » doit être positif, ou laissé vide.")
        }
        guard p.lowStock >= 0 else { throw LedgerError.refused("Le seuil de stock de « \(p.name) » ne peut pas être négatif.") }
        return p
    }

    /// A code names one thing: `lookup` tries categories first, a product with the same
    /// code would never be found.
    private func requireFreeCode(_ db: Database, _ code: String) throws {
        if let label = try CategoryRecord.filter(CategoryRecord.Columns.code == code).fetchOne(db)?.label
            ?? ProductRecord.filter(ProductRecord.Columns.code == code).fetchOne(db)?.name {
            throw LedgerError.refused("Le code \(code) est déjà utilisé par « \(label) » : choisissez un autre code.")
        }
    }
}
