import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct UserTests {
    @Test func authenticatesWithTheRightPinOnly() throws {
        let shop = try TestShop()
        defer { shop.close() }
        #expect(try shop.ledger.hasUsers())
        #expect(try shop.ledger.authenticate(userId: shop.benevole.id, pin: "1111") == shop.benevole)
        #expect(try shop.ledger.authenticate(userId: shop.benevole.id, pin: "1112") == nil)
        #expect(try shop.ledger.authenticate(userId: 999, pin: "1111") == nil)
        try shop.ledger.deactivate(userId: shop.benevole.id, by: shop.admin.id, till: TestShop.till)
        #expect(try shop.ledger.authenticate(userId: shop.benevole.id, pin: "1111") == nil)
    }

    @Test func newLedgerHasNoUsers() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let ledger = try Ledger.open(path: temp.path, pinRounds: 1_000)
        defer { try? ledger.close() }
        #expect(try !ledger.hasUsers())
        #expect(try ledger.users(includeInactive: true).isEmpty)
    }

    @Test func pinIsStoredOnlyAsASaltedHash() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let stored = try #require(try shop.ledger.rawString("SELECT pin_hash FROM users WHERE id = \(shop.benevole.id)"))
        #expect(!stored.contains("1111"))
        let parts = stored.split(separator: "$").map(String.init)
        #expect(parts.count == 4)
        #expect(parts[0] == "pbkdf2-sha256")
        #expect(parts[1] == "1000")
        #expect(parts[2].count == 32 && Hex.bytes(parts[2]) != nil)
        #expect(parts[3].count == 64 && Hex.bytes(parts[3]) != nil)
        // Same PIN, another user: another salt, another hash.
        let karim = try shop.ledger.createUser(firstName: "Karim", pin: "1111", role: .benevole, by: shop.admin.id, till: TestShop.till)
        #expect(try shop.ledger.rawString("SELECT pin_hash FROM users WHERE id = \(karim.id)") != stored)
        // Nor does the journal carry it.
        #expect(try shop.ledger.rawInt("SELECT COUNT(*) FROM journal WHERE payload LIKE '%pbkdf2%' OR payload LIKE '%1111%'") == 0)
    }

    @Test func createUserValidates() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        #expect(refusal { _ = try l.createUser(firstName: "Léa", pin: "12a4", role: .benevole, by: shop.admin.id, till: "c") }
                == PinRule.problem(with: "12a4"))
        #expect(refusal { _ = try l.createUser(firstName: "Léa", pin: "123", role: .benevole, by: shop.admin.id, till: "c") } != nil)
        #expect(refusal { _ = try l.createUser(firstName: "   ", pin: "1234", role: .benevole, by: shop.admin.id, till: "c") }?
                .contains("prénom est vide") == true)
        #expect(refusal { _ = try l.createUser(firstName: " camille ", pin: "1234", role: .benevole, by: shop.admin.id, till: "c") }?
                .contains("déjà un compte actif") == true)
        #expect(refusal { _ = try l.createUser(firstName: "Léa", pin: "1234", role: .benevole, by: shop.benevole.id, till: "c") }?
                .hasPrefix("Réservé aux responsables") == true)
        // Refusals write nothing.
        #expect(try l.users(includeInactive: true).count == 2)
        #expect(try l.journalEntryCount() == 3)

        let lea = try l.createUser(firstName: "  Léa ", pin: "123456", role: .responsable, by: shop.admin.id, till: "c")
        #expect(lea.firstName == "Léa" && lea.role == .responsable && lea.active)
        // A deactivated name may be reused.
        try l.deactivate(userId: shop.benevole.id, by: shop.admin.id, till: "c")
        #expect(try l.createUser(firstName: "Camille", pin: "4321", role: .benevole, by: lea.id, till: "c").firstName == "Camille")
    }

    @Test func firstAccountMustBeAManager() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let ledger = try Ledger.open(path: temp.path, pinRounds: 1_000)
        defer { try? ledger.close() }
        #expect(refusal { _ = try ledger.createUser(firstName: "Camille", pin: "1111", role: .benevole, by: nil, till: "c") } != nil)
        #expect(try ledger.createUser(firstName: "Sophie", pin: "3333", role: .responsable, by: nil, till: "c").role == .responsable)
    }

    @Test func listsUsersByFirstName() throws {
        let shop = try TestShop()
        defer { shop.close() }
        _ = try shop.ledger.createUser(firstName: "Élodie", pin: "1234", role: .benevole, by: shop.admin.id, till: "c")
        _ = try shop.ledger.createUser(firstName: "Amir", pin: "1234", role: .benevole, by: shop.admin.id, till: "c")
        try shop.ledger.deactivate(userId: shop.benevole.id, by: shop.admin.id, till: "c")
        #expect(try shop.ledger.users(includeInactive: false).map(\.firstName) == ["Amir", "Élodie", "Jean"])
        #expect(try shop.ledger.users(includeInactive: true).map(\.firstName) == ["Amir", "Camille", "Élodie", "Jean"])
    }

    @Test func roleChangeDeactivationAndPinChangeAreJournaled() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let promoted = try l.setRole(userId: shop.benevole.id, role: .responsable, by: shop.admin.id, till: TestShop.till)
        #expect(promoted.role == .responsable)
        #expect(try l.rawString("SELECT kind || ' ' || payload FROM journal ORDER BY seq DESC LIMIT 1")
                == #"user.role_changed {"previous_role":"benevole","role":"responsable","user":\#(shop.benevole.id)}"#)
        #expect(try l.rawInt("SELECT operator_id FROM journal ORDER BY seq DESC LIMIT 1") == shop.admin.id)

        try l.resetPin(userId: shop.benevole.id, pin: "2468", by: shop.admin.id, till: TestShop.till)
        #expect(try l.rawString("SELECT kind FROM journal ORDER BY seq DESC LIMIT 1") == "user.pin_changed")
        #expect(try l.authenticate(userId: shop.benevole.id, pin: "2468") != nil)
        #expect(try l.authenticate(userId: shop.benevole.id, pin: "1111") == nil)

        let gone = try l.deactivate(userId: shop.benevole.id, by: shop.admin.id, till: TestShop.till)
        #expect(!gone.active)
        #expect(try l.rawString("SELECT kind FROM journal ORDER BY seq DESC LIMIT 1") == "user.deactivated")
        #expect(try l.users(includeInactive: false).map(\.id) == [shop.admin.id])
        #expect(try l.verify().isOK)
    }

    @Test func theLastManagerIsProtected() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let before = try l.journalEntryCount()
        #expect(refusal { try l.setRole(userId: shop.admin.id, role: .benevole, by: shop.admin.id, till: "c") }?
                .contains("dernier responsable actif") == true)
        #expect(refusal { try l.deactivate(userId: shop.admin.id, by: shop.admin.id, till: "c") }?
                .contains("dernier responsable actif") == true)
        #expect(try l.journalEntryCount() == before)
        #expect(try l.users(includeInactive: false).first { $0.id == shop.admin.id }?.role == .admin)

        // With a second admin, the first may step down.
        _ = try l.setRole(userId: shop.benevole.id, role: .admin, by: shop.admin.id, till: "c")
        #expect(try l.setRole(userId: shop.admin.id, role: .benevole, by: shop.benevole.id, till: "c").role == .benevole)
    }

    @Test func onlyAnAdminTouchesTheAdminRole() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let sophie = try l.createUser(firstName: "Sophie", pin: "3333", role: .responsable, by: shop.admin.id, till: "c")
        let before = try l.journalEntryCount()
        let message = "Seul un admin peut donner, retirer ou désactiver le rôle admin."
        #expect(refusal { _ = try l.setRole(userId: sophie.id, role: .admin, by: sophie.id, till: "c") } == message)
        #expect(refusal { _ = try l.setRole(userId: shop.admin.id, role: .responsable, by: sophie.id, till: "c") } == message)
        #expect(refusal { _ = try l.deactivate(userId: shop.admin.id, by: sophie.id, till: "c") } == message)
        #expect(refusal { _ = try l.createUser(firstName: "Max", pin: "4444", role: .admin, by: sophie.id, till: "c") } == message)
        #expect(try l.journalEntryCount() == before)
        // A responsable still manages bénévoles and responsables.
        #expect(try l.setRole(userId: shop.benevole.id, role: .responsable, by: sophie.id, till: "c").role == .responsable)
    }

    @Test func aBenevoleActorIsRefused() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let karim = try l.createUser(firstName: "Karim", pin: "2222", role: .benevole, by: shop.admin.id, till: "c")
        let before = try l.journalEntryCount()
        for attempt in [
            { _ = try l.setRole(userId: karim.id, role: .admin, by: shop.benevole.id, till: "c") },
            { _ = try l.deactivate(userId: karim.id, by: shop.benevole.id, till: "c") },
            { try l.resetPin(userId: karim.id, pin: "0000", by: shop.benevole.id, till: "c") },
        ] as [() throws -> Void] {
            #expect(refusal(attempt) == "Réservé aux responsables : demandez à un responsable de le faire avec son code.")
        }
        // A deactivated manager is no manager any more.
        let sophie = try l.createUser(firstName: "Sophie", pin: "3333", role: .responsable, by: shop.admin.id, till: "c")
        try l.deactivate(userId: sophie.id, by: shop.admin.id, till: "c")
        #expect(refusal { try l.deactivate(userId: karim.id, by: sophie.id, till: "c") }?.hasPrefix("Réservé aux responsables") == true)
        #expect(try l.journalEntryCount() == before + 2)
        // Anyone may change their own PIN.
        #expect(try l.changeOwnPin(userId: karim.id, oldPin: "2222", newPin: "5555", now: Date(), till: "c").user?.id == karim.id)
        #expect(try l.authenticate(userId: karim.id, pin: "5555") != nil)
    }
}
