// Covers UsersEffect: createUser (created; empty name refused), setRole (changed; a
// volunteer refused), deactivateUser (deactivated; a volunteer refused), changeOwnPin
// (changed; wrong old PIN → ownPinRefused; same PIN refused), resetPin (reset; still
// locked said; one's own refused), reactivateUser (reactivated; an active one refused).
import Foundation
import Testing
import ComptoirCore
import ComptoirLedger
import ComptoirUI
@testable import ComptoirRuntime

@Suite struct UsersPerformerTests {
    /// The list and message of a `.users(.usersChanged)` answer.
    private func changed(_ answers: [Msg]) -> (users: [UserSummary], message: String)? {
        guard answers.count == 1, case .users(.usersChanged(let users, let message)) = answers[0] else { return nil }
        return (users, message)
    }

    @Test func aUserIsCreated() throws {
        let shop = try RuntimeShop()
        let answer = changed(shop.perform(.users(.createUser(firstName: "Paul", pin: "5678", role: .benevole, actorId: shop.manager.id))))
        #expect(answer?.message == "Compte de Paul (bénévole) créé.")
        #expect(answer?.users.contains { $0.firstName == "Paul" && $0.role == .benevole } == true)
        #expect(try shop.journaled("user.created") == 4)
    }

    @Test func aUserWithoutNameIsRefused() throws {
        let shop = try RuntimeShop()
        let request = Effect.users(.createUser(firstName: " ", pin: "5678", role: .benevole, actorId: shop.manager.id))
        #expect(failure(shop.perform(request), request) == "Le prénom est vide : tapez le prénom de la personne.")
    }

    @Test func aRoleIsChanged() throws {
        let shop = try RuntimeShop()
        let answer = changed(shop.perform(.users(.setRole(userId: shop.volunteer.id, role: .responsable, actorId: shop.admin.id))))
        #expect(answer?.message == "Camille est maintenant responsable.")
        #expect(answer?.users.first { $0.id == shop.volunteer.id }?.role == .responsable)
    }

    @Test func aVolunteerCannotChangeARole() throws {
        let shop = try RuntimeShop()
        let request = Effect.users(.setRole(userId: shop.volunteer.id, role: .responsable, actorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request) == "Réservé aux responsables : demandez à un responsable de le faire avec son code.")
        #expect(try shop.ledger.users(includeInactive: true).first { $0.id == shop.volunteer.id }?.role == .benevole)
    }

    @Test func aUserIsDeactivated() throws {
        let shop = try RuntimeShop()
        let answer = changed(shop.perform(.users(.deactivateUser(userId: shop.volunteer.id, actorId: shop.manager.id))))
        #expect(answer?.message == "Compte de Camille désactivé.")
        #expect(answer?.users.first { $0.id == shop.volunteer.id }?.active == false)
    }

    @Test func aVolunteerCannotDeactivate() throws {
        let shop = try RuntimeShop()
        let request = Effect.users(.deactivateUser(userId: shop.manager.id, actorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request) == "Réservé aux responsables : demandez à un responsable de le faire avec son code.")
    }

    @Test func oneChangesOwnPin() throws {
        let shop = try RuntimeShop()
        let answer = changed(shop.perform(.users(.changeOwnPin(userId: shop.volunteer.id, oldPin: "1111", newPin: "2468"))))
        #expect(answer?.message == "Votre code PIN est changé.")
        guard case .accepted = try shop.ledger.checkPin(userId: shop.volunteer.id, pin: "2468", at: .login, now: Date(),
                                                        till: RuntimeShop.till) else {
            Issue.record("new PIN not set"); return
        }
    }

    @Test func aWrongOldPinIsRefusedAndCounted() throws {
        let shop = try RuntimeShop()
        let answers = shop.perform(.users(.changeOwnPin(userId: shop.volunteer.id, oldPin: "0000", newPin: "2468")))
        guard answers.count == 1, case .users(.ownPinRefused(.wrongPin))? = answers.first else { Issue.record("\(answers)"); return }
        #expect(try shop.journaled("user.pin_failed") == 1)
        #expect(try shop.journaled("user.pin_changed") == 0)
    }

    @Test func theSamePinIsRefused() throws {
        let shop = try RuntimeShop()
        let request = Effect.users(.changeOwnPin(userId: shop.volunteer.id, oldPin: "1111", newPin: "1111"))
        #expect(failure(shop.perform(request), request) == "Le nouveau code est l'ancien : choisissez-en un autre.")
    }

    @Test func aManagerResetsAPin() throws {
        let shop = try RuntimeShop()
        let answer = changed(shop.perform(.users(.resetPin(userId: shop.volunteer.id, pin: "8642", actorId: shop.manager.id))))
        #expect(answer?.message == "Nouveau code PIN de Camille enregistré.")
        #expect(try shop.journaled("user.pin_changed") == 1)
    }

    @Test func aResetPinSaysTheAccountStaysLocked() throws {
        let shop = try RuntimeShop()
        try lock(shop.volunteer, in: shop)
        let answer = changed(shop.perform(.users(.resetPin(userId: shop.volunteer.id, pin: "8642", actorId: shop.admin.id))))
        #expect(answer?.message == "Nouveau code PIN de Camille enregistré. Son compte reste verrouillé : un admin le réactive (F8).")
    }

    @Test func oneCannotResetOwnPin() throws {
        let shop = try RuntimeShop()
        let request = Effect.users(.resetPin(userId: shop.manager.id, pin: "8642", actorId: shop.manager.id))
        #expect(failure(shop.perform(request), request)
            == "Pour votre propre code, changez-le avec votre ancien code (F6 sur l'écran Utilisateurs).")
    }

    @Test func anAdminReactivatesALockedAccount() throws {
        let shop = try RuntimeShop()
        try lock(shop.volunteer, in: shop)
        let answer = changed(shop.perform(.users(.reactivateUser(userId: shop.volunteer.id, actorId: shop.admin.id))))
        #expect(answer?.message == "Compte de Camille réactivé.")
        #expect(answer?.users.first { $0.id == shop.volunteer.id }?.usable == true)
        #expect(try shop.journaled("user.reactivated") == 1)
    }

    @Test func anActiveAccountIsNotReactivated() throws {
        let shop = try RuntimeShop()
        let request = Effect.users(.reactivateUser(userId: shop.volunteer.id, actorId: shop.admin.id))
        #expect(failure(shop.perform(request), request) == "Le compte de Camille est actif et pas verrouillé : rien à réactiver.")
    }

    /// Ten wrong PINs an hour apart: locked, without waiting.
    private func lock(_ user: UserSummary, in shop: RuntimeShop) throws {
        for hour in 0..<PinAttempts.lockAfter {
            _ = try shop.ledger.checkPin(userId: user.id, pin: "0000", at: .login, now: Date().addingTimeInterval(Double(hour) * 3_600),
                                         till: RuntimeShop.till)
        }
        #expect(try shop.ledger.users(includeInactive: true).first { $0.id == user.id }?.locked == true)
    }
}
