import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

@Suite struct UsersScreenTests {
    @Test func aVolunteerOnlyChangesTheirOwnPin() {
        var state = Fixtures.atSale()
        #expect(state.press(.function(8)) == [.login(.loadUsers)])
        _ = App.update(&state, .login(.usersLoaded(Fixtures.users)))
        #expect(state.screen == .users)
        #expect(UsersScreen.listed(state) == [Fixtures.camille], "a bénévole sees their own account only")
        #expect(state.press(.function(2)).isEmpty)
        #expect(state.admin.form == nil && state.status.text.hasPrefix("Réservé aux responsables"))
        #expect(state.press(.function(6)).isEmpty)
        #expect(state.admin.pinForm == UsersState.PinForm(target: Fixtures.camille, own: true))
        // The two new PINs must match; nothing is sent otherwise.
        #expect(state.type("1111", then: .tab).isEmpty)
        #expect(state.type("2468", then: .tab).isEmpty)
        #expect(state.type("2469", then: .enter).isEmpty)
        #expect(state.status.text == "Les deux nouveaux codes ne sont pas identiques : retapez-les.")
        #expect(state.admin.pinForm?.focus == 1)
        #expect(state.type("2468", then: .tab).isEmpty)
        expectGolden(App.view(state), "users-own-pin")
        #expect(state.type("2468", then: .enter) == [.users(.changeOwnPin(userId: 1, oldPin: "1111", newPin: "2468"))])
        // A wrong old PIN: said, the fields emptied, the form kept.
        _ = App.update(&state, .users(.ownPinRefused(.wrongPin(remainingBeforeLock: 9, waitSeconds: 0))))
        #expect(state.status.text == "Code PIN incorrect. Votre code n'a pas changé.")
        #expect(state.admin.pinForm?.old.isEmpty == true && state.admin.pinForm?.new.isEmpty == true)
        _ = App.update(&state, .users(.usersChanged(Fixtures.users, message: "Votre code PIN est changé.")))
        #expect(state.admin.pinForm == nil && state.status.text == "Votre code PIN est changé.")
    }

    @Test func aResponsableGivesABenevoleANewPinAndOnlyAnAdminReactivates() {
        var state = Fixtures.atSale(as: Fixtures.sophie)
        state.press(.function(8))
        var locked = Fixtures.karim
        locked.locked = true
        let jean = UserSummary(id: 4, firstName: "Jean", role: .admin)
        _ = App.update(&state, .login(.usersLoaded([Fixtures.camille, locked, Fixtures.sophie, jean])))
        state.press(.down, .function(7))
        #expect(state.admin.pinForm == UsersState.PinForm(target: locked, own: false))
        #expect(state.type("2468", then: .tab).isEmpty)
        #expect(state.type("2468", then: .enter) == [.users(.resetPin(userId: 2, pin: "2468", actorId: 3))])
        state.press(.escape)
        // An admin's PIN is given by an admin only; one's own is changed with the old one.
        state.press(.down, .down, .function(7))
        #expect(state.admin.pinForm == nil && state.status.text == "Le code d'un responsable ou d'un admin est redonné par un admin.")
        state.press(.up, .function(7))
        #expect(state.admin.pinForm == nil && state.status.text == "Votre propre code se change avec l'ancien : F6.")
        // Reactivation: admins only.
        state.press(.up, .function(8))
        #expect(state.overlay == nil && state.status.text == "Seul un admin réactive un compte.")
        _ = App.update(&state, .login(.loggedIn(jean, Fixtures.session)))
        state.press(.function(8))
        state.press(.down, .function(8))
        #expect(state.overlay == .confirm(.reactivate(locked)))
        expectGolden(App.view(state), "users-reactivate")
        #expect(state.press(.char("o")) == [.users(.reactivateUser(userId: 2, actorId: 4))])
    }

    @Test func managerAddsAVolunteer() {
        var state = Fixtures.atSale(as: Fixtures.sophie)
        #expect(state.press(.function(8)) == [.login(.loadUsers)])
        _ = App.update(&state, .login(.usersLoaded(Fixtures.users)))
        #expect(state.screen == .users)
        state.press(.function(2))
        state.type("Lina", then: .enter)
        state.type("12", then: .tab, .right)
        #expect(state.press(.enter).isEmpty, "PIN too short")
        #expect(state.admin.form?.focus == 1)
        state.type("34", then: .enter)
        #expect(state.admin.form?.role == .responsable)
        let effects = state.press(.left, .enter)
        #expect(effects == [.users(.createUser(firstName: "Lina", pin: "1234", role: .benevole, actorId: 3))])
        _ = App.update(&state, .users(.usersChanged(Fixtures.users + [UserSummary(id: 4, firstName: "Lina", role: .benevole)], message: "Lina ajoutée.")))
        #expect(state.admin.form == nil)
        #expect(App.view(state).text.contains("Lina"))
    }

    @Test func aResponsableIsNeverOfferedTheAdminRole() {
        var state = Fixtures.atSale(as: Fixtures.sophie)
        state.press(.function(8))
        let jean = UserSummary(id: 4, firstName: "Jean", role: .admin)
        _ = App.update(&state, .login(.usersLoaded(Fixtures.users + [jean])))
        state.press(.down, .down)
        #expect(state.press(.function(3)) == [.users(.setRole(userId: 3, role: .benevole, actorId: 3))])
        state.press(.function(2), .tab, .tab, .right, .right)
        #expect(state.admin.form?.role == .benevole)
    }

    @Test func ownRoleChangeIsSeenAtOnce() {
        var state = Fixtures.atSale(as: Fixtures.sophie)
        let demoted = UserSummary(id: 3, firstName: "Sophie", role: .benevole)
        _ = App.update(&state, .users(.usersChanged([Fixtures.camille, demoted], message: "Sophie est maintenant bénévole.")))
        #expect(state.user?.role == .benevole)
        #expect(!App.view(state).text.contains("F8 Utilisateurs"))
    }

    @Test func managerChangesRoleAndDeactivates() {
        var state = Fixtures.atSale(as: Fixtures.sophie)
        state.press(.function(8))
        _ = App.update(&state, .login(.usersLoaded(Fixtures.users)))
        #expect(state.press(.function(3)) == [.users(.setRole(userId: 1, role: .responsable, actorId: 3))])
        state.press(.down, .function(4))
        #expect(state.overlay == .confirm(.deactivate(Fixtures.karim)))
        #expect(state.press(.char("o")) == [.users(.deactivateUser(userId: 2, actorId: 3))])
        state.press(.down, .function(4))
        #expect(state.overlay == nil, "nobody deactivates themselves")
        #expect(state.status.kind == .error)
        expectGolden(App.view(state), "users-manager")
    }
}
