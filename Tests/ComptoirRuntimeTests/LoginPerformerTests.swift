// Covers LoginEffect: loadUsers, createFirstManager (created; refused when an account
// exists), authenticate (logged in with the open session; wrong PIN; none open;
// unknown account),
// openSession (opened; refused when already open).
import Foundation
import Testing
import ComptoirCore
import ComptoirLedger
import ComptoirUI
@testable import ComptoirRuntime

@Suite struct LoginPerformerTests {
    @Test func theUsersAreLoadedWithTheInactiveOnes() throws {
        let shop = try RuntimeShop()
        _ = try shop.ledger.deactivate(userId: shop.volunteer.id, by: shop.admin.id, till: RuntimeShop.till)
        guard case .login(.usersLoaded(let users))? = shop.perform(.login(.loadUsers)).first else {
            Issue.record("no users"); return
        }
        #expect(Set(users.map(\.firstName)) == ["Jean", "Sophie", "Camille"])
        #expect(users.first { $0.firstName == "Camille" }?.active == false)
    }

    @Test func theFirstManagerIsAnAdmin() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("comptoir-runtime-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ledger = try Ledger.open(path: folder + "/comptoir.sqlite", pinRounds: 1_000)
        defer { try? ledger.close() }
        var config = Configuration()
        config.tillName = RuntimeShop.till
        let performer = EffectPerformer(ledger: ledger, till: RuntimeShop.till, config: config, databasePath: folder + "/comptoir.sqlite")
        let answers = performer.perform(.login(.createFirstManager(firstName: "Nadia", pin: "4242")))
        guard case .login(.usersLoaded(let users))? = answers.first else { Issue.record("\(answers)"); return }
        #expect(users.map(\.firstName) == ["Nadia"])
        #expect(users.first?.role == .admin)
        guard case .accepted = try ledger.checkPin(userId: users[0].id, pin: "4242", at: .login, now: Date(), till: RuntimeShop.till) else {
            Issue.record("PIN not kept"); return
        }
    }

    @Test func aSecondFirstManagerIsRefused() throws {
        let shop = try RuntimeShop()
        let request = Effect.login(.createFirstManager(firstName: "Nadia", pin: "4242"))
        #expect(failure(shop.perform(request), request) == "Un compte existe déjà : connectez-vous.")
        #expect(try shop.ledger.users(includeInactive: true).count == 3)
    }

    @Test func theRightPinLogsInWithTheOpenSession() throws {
        let shop = try RuntimeShop()
        let answers = shop.perform(.login(.authenticate(userId: shop.volunteer.id, pin: "1111")))
        guard case .login(.loggedIn(let user, let session))? = answers.first else { Issue.record("\(answers)"); return }
        #expect(user.firstName == "Camille")
        #expect(session?.id == shop.session.id)
        #expect(session?.float == Money(cents: 5_000))
        #expect(try shop.lastPayload("user.logged_in") == #"{"user":\#(shop.volunteer.id)}"#)
    }

    @Test func aWrongPinIsNoLogin() throws {
        let shop = try RuntimeShop()
        _ = shop.perform(.login(.authenticate(userId: shop.volunteer.id, pin: "0000")))
        #expect(try shop.lastPayload("user.logged_in") == nil)
    }

    @Test func aLogoutAndAQuitAreJournaledWithTheUserIdOnly() throws {
        let shop = try RuntimeShop()
        #expect(shop.perform(.login(.logout(userId: shop.volunteer.id, quitting: false))).isEmpty)
        #expect(try shop.lastPayload("user.logged_out") == #"{"user":\#(shop.volunteer.id),"via":"deconnexion"}"#)
        #expect(shop.perform(.login(.logout(userId: shop.admin.id, quitting: true))).isEmpty)
        #expect(try shop.lastPayload("user.logged_out") == #"{"user":\#(shop.admin.id),"via":"quitter"}"#)
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func aLoginWithNoOpenSessionHasNone() throws {
        let shop = try RuntimeShop()
        try shop.closeSessionInLedger()
        let answers = shop.perform(.login(.authenticate(userId: shop.volunteer.id, pin: "1111")))
        guard case .login(.loggedIn(_, let session))? = answers.first else { Issue.record("\(answers)"); return }
        #expect(session == nil)
    }

    @Test func aWrongPinIsRefusedAndCounted() throws {
        let shop = try RuntimeShop()
        let answers = shop.perform(.login(.authenticate(userId: shop.volunteer.id, pin: "0000")))
        guard case .login(.loginRefused(.wrongPin))? = answers.first, answers.count == 1 else { Issue.record("\(answers)"); return }
        #expect(try shop.journaled("user.pin_failed") == 1)
    }

    @Test func aSessionIsOpenedWithItsFloat() throws {
        let shop = try RuntimeShop()
        try shop.closeSessionInLedger()
        let answers = shop.perform(.login(.openSession(float: Money(cents: 8_000), operatorId: shop.volunteer.id)))
        guard case .login(.sessionOpened(let session))? = answers.first else { Issue.record("\(answers)"); return }
        #expect(session.float == Money(cents: 8_000))
        #expect(try shop.ledger.currentSession(till: RuntimeShop.till)?.id == session.id)
    }

    @Test func aSecondSessionIsRefused() throws {
        let shop = try RuntimeShop()
        let request = Effect.login(.openSession(float: Money(cents: 8_000), operatorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request)
            == "La caisse Caisse 1 est déjà ouverte : continuez sur la session en cours ou faites d'abord sa clôture.")
    }

    @Test func anUnknownAccountIsRefusedAsInactive() throws {
        let shop = try RuntimeShop()
        #expect(shop.perform(.login(.authenticate(userId: 404, pin: "1111"))) == [.login(.loginRefused(.inactive))])
    }
}
