import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct StoredTypesTests {
    @Test func aWrongTypeInTheMasterDataIsNamedBeforeAnythingReadsIt() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.ledger.saveCategory(Category(code: "TSHIRT", label: "T-shirt", price: Money(cents: 100)), by: shop.admin.id,
                                     till: TestShop.till)
        try shop.ledger.checkStoredTypes()  // a sound base passes
        try shop.ledger.rawExecute("UPDATE categories SET average_grams = 'x' WHERE code = 'TSHIRT'")
        let id = try #require(try shop.ledger.rawInt("SELECT id FROM categories WHERE code = 'TSHIRT'"))
        let message = try #require(refusal { try shop.ledger.checkStoredTypes() })
        #expect(message.hasPrefix("La base a été modifiée en dehors de Comptoir : dans la table « categories », la ligne \(id) "
            + "a dans la colonne « average_grams » la valeur 'x', qui n'est pas du bon type."))
    }

    @Test func columnsAddedLaterAreCoveredAndTextColumnsToo() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.ledger.rawExecute("ALTER TABLE boxes ADD COLUMN colour INTEGER")
        try shop.ledger.rawExecute("INSERT INTO boxes (code, weekly_rent_cents, monthly_rent_cents, colour) VALUES ('B01', 1000, 3500, 'rouge')")
        #expect(refusal { try shop.ledger.checkStoredTypes() }?.contains("« boxes », la ligne 1 a dans la colonne « colour »") == true)
        try shop.ledger.rawExecute("DELETE FROM boxes")
        try shop.ledger.rawExecute("UPDATE users SET first_name = x'4a65616e' WHERE id = \(shop.admin.id)")
        #expect(refusal { try shop.ledger.checkStoredTypes() }?.contains("colonne « first_name » la valeur X'4A65616E'") == true)
    }

    @Test func theAffinityOfADeclaredTypeDecides() {
        #expect(Ledger.storageClasses(declared: "INTEGER") == ["integer"])
        #expect(Ledger.storageClasses(declared: "TEXT") == ["text"])
        #expect(Ledger.storageClasses(declared: "DOUBLE") == ["real", "integer"])
        #expect(Ledger.storageClasses(declared: "") == nil && Ledger.storageClasses(declared: "BLOB") == nil)
    }
}
