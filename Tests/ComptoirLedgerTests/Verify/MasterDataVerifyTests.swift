import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

/// Users and catalog rows may be updated, so `verify` replays their entries instead.
@Suite struct MasterDataVerifyTests {
    @Test func changesMadeThroughTheLedgerVerify() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let karim = try l.createUser(firstName: "Karim", pin: "2222", role: .benevole, by: shop.admin.id, till: "c")
        try l.setRole(userId: karim.id, role: .responsable, by: shop.admin.id, till: "c")
        _ = try l.changeOwnPin(userId: karim.id, oldPin: "2222", newPin: "2468", now: Date(), till: "c")
        try l.deactivate(userId: shop.benevole.id, by: shop.admin.id, till: "c")
        try l.addCategory(Category(code: "ROBE", label: "Robe", price: Money(cents: 300), key: 4), by: shop.admin.id, till: "c")
        try l.addProduct(Product(code: "3017620422003", name: "Pâte à tartiner", marketPrice: Money(cents: 399)), by: shop.admin.id, till: "c")
        #expect(try l.verify().isOK)
    }

    @Test func aRoleRaisedBehindTheJournalIsNamed() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let created = try #require(try shop.ledger.rawInt(
            "SELECT seq FROM journal WHERE kind = 'user.created' AND payload LIKE '%Camille%'"))
        try shop.ledger.rawExecute("UPDATE users SET role = 'admin' WHERE id = \(shop.benevole.id)")
        let report = try shop.ledger.verify()
        #expect(report.problem?.seq == created)
        #expect(report.message.contains("le compte de « Camille » ne correspond pas au journal (son prénom, son rôle ou son état)"))
    }

    @Test func aSwappedPinHashIsNamed() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.ledger.rawExecute("""
            UPDATE users SET pin_hash = (SELECT pin_hash FROM users WHERE id = \(shop.admin.id))
            WHERE id = \(shop.benevole.id)
            """)
        let report = try shop.ledger.verify()
        #expect(report.message.contains("« Camille » ne correspond pas au journal (son code PIN)"))
    }

    @Test func anAccountInsertedBehindTheJournalIsNamed() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.ledger.rawExecute("""
            INSERT INTO users (first_name, role, active, pin_hash, created_at)
            SELECT 'Intrus', 'admin', 1, pin_hash, created_at FROM users WHERE id = \(shop.admin.id)
            """)
        let report = try shop.ledger.verify()
        #expect(report.problem?.kind == "entrée absente")
        #expect(report.message.contains("le compte de « Intrus » n'a été créé par aucune entrée du journal"))
    }

    @Test func aDeletedAccountIsNamed() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let karim = try l.createUser(firstName: "Karim", pin: "2222", role: .benevole, by: shop.admin.id, till: "c")
        try l.rawExecute("DELETE FROM users WHERE id = \(karim.id)")
        #expect(try l.verify().message.contains("manque dans la table des utilisateurs"))
    }

    @Test func aCatalogPriceChangedBehindTheJournalIsNamed() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        try l.addCategory(Category(code: "ROBE", label: "Robe", price: Money(cents: 300), key: 4), by: shop.admin.id, till: "c")
        let seq = try l.journalEntryCount()
        try l.rawExecute("UPDATE categories SET price_cents = 1 WHERE code = 'ROBE'")
        let report = try l.verify()
        #expect(report.problem?.seq == Int64(seq))
        #expect(report.message.contains("la catégorie « ROBE » ne correspond pas au journal"))
    }

    @Test func theDemoShopVerifies() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let ledger = try Ledger.open(path: temp.path, pinRounds: 1_000)
        defer { try? ledger.close() }
        try DemoShop.seed(ledger, till: "Caisse 1")
        #expect(try ledger.verify().isOK)
    }
}
