import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct CatalogTests {
    @Test func categoriesAreOrderedByKeyThenLabel() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        try l.addCategory(Category(code: "SAC", label: "Sac", price: Money(cents: 200)), by: shop.admin.id, till: "c")
        try l.addCategory(Category(code: "PULL", label: "Pull", price: Money(cents: 250), key: 3), by: shop.admin.id, till: "c")
        try l.addCategory(Category(code: "TSHIRT", label: "T-shirt", price: Money(cents: 100), key: 1), by: shop.admin.id, till: "c")
        try l.addCategory(Category(code: "CEINT", label: "Ceinture", price: Money(cents: 50)), by: nil, till: "c")
        #expect(try l.categories().map(\.code) == ["TSHIRT", "PULL", "CEINT", "SAC"])
        #expect(try l.rawString("SELECT payload FROM journal WHERE kind = 'category.created' ORDER BY seq LIMIT 1 OFFSET 1")
                == #"{"code":"PULL","key":3,"label":"Pull","price_cents":250}"#)
    }

    @Test func lookupFindsCategoriesThenProducts() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let pull = Category(code: "PULL", label: "Pull", price: Money(cents: 250), key: 3)
        let pasta = Product(code: "3038350012005", name: "Spaghetti 500 g", marketPrice: Money(cents: 115))
        try l.addCategory(pull, by: shop.admin.id, till: "c")
        try l.addProduct(pasta, by: shop.admin.id, till: "c")
        #expect(try l.lookup(code: "PULL") == .category(pull))
        #expect(try l.lookup(code: " 3038350012005\n") == .product(pasta))
        #expect(try l.lookup(code: "pull") == nil)
        #expect(try l.lookup(code: "") == nil)
        #expect(try l.rawString("SELECT kind FROM journal ORDER BY seq DESC LIMIT 1") == "product.created")
    }

    @Test func catalogRulesRefuseBadEntries() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        try l.addCategory(Category(code: "PULL", label: "Pull", price: Money(cents: 250), key: 3), by: shop.admin.id, till: "c")
        let before = try l.journalEntryCount()
        #expect(refusal { try l.addProduct(Product(code: "3038350012006", name: "Pâtes", marketPrice: Money(cents: 100)), by: nil, till: "c") }?
                .contains("n'est pas valide") == true)
        #expect(refusal { try l.addCategory(Category(code: "ROBE", label: "Robe", price: Money(cents: 300), key: 3), by: nil, till: "c") }?
                .contains("déjà prise par « Pull »") == true)
        #expect(refusal { try l.addCategory(Category(code: "ROBE", label: "Robe", price: Money(cents: 300), key: 12), by: nil, till: "c") } != nil)
        #expect(refusal { try l.addCategory(Category(code: "ROBE", label: "Robe", price: Money(cents: -1)), by: nil, till: "c") } != nil)
        #expect(refusal { try l.addProduct(Product(code: "PULL", name: "Pull en boîte", marketPrice: Money(cents: 100)), by: nil, till: "c") }?
                .contains("déjà utilisé") == true)
        #expect(refusal { try l.addCategory(Category(code: "ROBE", label: "Robe", price: Money(cents: 300)), by: shop.benevole.id, till: "c") }?
                .hasPrefix("Réservé aux responsables") == true)
        #expect(try l.journalEntryCount() == before)
        // A code that is not 13 digits is not an EAN-13: accepted as is.
        try l.addProduct(Product(code: "VRAC-LENTILLES", name: "Lentilles vrac", marketPrice: Money(cents: 300)), by: nil, till: "c")
    }

    @Test func theSalePathNeverScansATable() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let queries = [
            "SELECT code, label, price_cents, key FROM categories WHERE code = 'X' AND active = 1",
            "SELECT code, name, market_price_cents FROM products WHERE code = 'X' AND active = 1",
            "SELECT COALESCE(MAX(number), 0) + 1 FROM tickets",
            "SELECT seq, hash FROM journal WHERE seq = (SELECT MAX(seq) FROM journal)",
            "SELECT id FROM tickets WHERE number = 5",
            "SELECT * FROM ticket_lines WHERE ticket_id = 5 ORDER BY position",
            "SELECT * FROM payments WHERE ticket_id = 5 ORDER BY position",
            "SELECT s.id FROM till_sessions s WHERE s.till = 'c' ORDER BY s.id DESC LIMIT 1",
            "SELECT 1 FROM session_closings c WHERE c.session_id = 3",
        ]
        for sql in queries {
            let plan = try shop.ledger.queryPlan(sql)
            #expect(!plan.contains("SCAN"), "\(sql)\n\(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "\(sql)\n\(plan)")
        }
    }
}
