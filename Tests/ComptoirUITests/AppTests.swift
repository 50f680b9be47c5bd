import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

@Suite struct AppTests {
    @Test func helpListsTheKeysOfTheCurrentScreen() {
        var state = Fixtures.atSale()
        state.press(.function(1))
        #expect(state.overlay == .help)
        let text = App.view(state).text
        #expect(text.contains("Aide — touches de cet écran"))
        #expect(text.contains("F5 ou Alt+E"))
        #expect(text.contains("F8 ou Alt+U       Change votre code PIN (écran Utilisateurs)"),
                "a bénévole opens the users screen for their own PIN only")
        state.press(.char("x"))
        #expect(state.overlay == nil)
        #expect(state.sale.code.isEmpty, "the key that closes the help is not typed")
        expectGolden(App.view({ var s = Fixtures.atSale(); s.press(.function(1)); return s }()), "help-sale")
    }

    @Test func quittingAsksFirst() {
        var state = Fixtures.atSale()
        state.type("1", then: .enter)
        state.press(.function(10))
        #expect(state.overlay == .confirm(.quit))
        #expect(App.view(state).text.contains("ne sera pas enregistré"))
        #expect(state.press(.escape).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.press(.ctrl("c")).isEmpty)
        #expect(state.press(.char("o")) == [.quit])
    }

    @Test func tooSmallTerminalSaysSo() {
        var state = Fixtures.atSale()
        _ = App.update(&state, .resize(width: 60, height: 20))
        let text = App.view(state).text
        #expect(text.contains("Fenêtre trop petite."))
        #expect(text.contains("(actuellement 60 × 20)"))
        _ = App.update(&state, .resize(width: 100, height: 30))
        #expect(App.view(state).text.contains("TOTAL"))
    }

    @Test func clockIsInParisTime() {
        #expect(Chrome.clock(Fixtures.now, TimeZone(identifier: "Europe/Paris")!) == "23/11/2026 18:05")
    }
}

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

@Suite struct StatusWrapTests {
    @Test func wrapsAtSpacesOnAtMostThreeLines() {
        let text = String(repeating: "mot ", count: 60)
        let lines = Chrome.wrap(text, width: 20, indent: "  ", maxLines: 3)
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.count <= 20 })
        #expect(lines[0] == "mot mot mot mot mot")
        #expect(lines[1].hasPrefix("  mot"))
        #expect(Chrome.wrap("court", width: 20, indent: "  ", maxLines: 3) == ["court"])
    }

    @Test func lockedDatabaseMessageIsShownWhole() {
        var state = PaymentScreenTests.withTicket()
        let effects = state.press(.enter, .enter)
        let message = "Vente NON enregistrée : La base est occupée par un autre programme Comptoir (une autre caisse ou une sauvegarde en cours). Rien n'a été enregistré : attendez quelques secondes et réessayez."
        _ = App.update(&state, .failed(message, request: effects[0]))
        let text = App.view(state).text
        #expect(text.contains("attendez quelques secondes et réessayez."))
        #expect(text.contains("✘ Vente NON enregistrée"))
    }
}

@Suite struct TrainingModeTests {
    @Test func aResponsableSwitchesTrainingOnWithTheirPinAndEveryoneLogsInAgain() {
        var state = Fixtures.atSale(as: Fixtures.sophie)
        state.press(.function(8))
        _ = App.update(&state, .login(.usersLoaded(Fixtures.users)))
        state.press(.function(5))
        guard case .approval(let form)? = state.overlay else {
            Issue.record("the approval window must open for training")
            return
        }
        #expect(form.purpose == .training(true))
        expectGolden(App.view(state), "training-approval")
        let effects = state.type("3333", then: .enter)
        #expect(effects == [.approve(.training(true), managerId: 3, pin: "3333", reason: "formation des bénévoles", operatorId: 3)])
        _ = App.update(&state, .trainingChanged(true, base: 13, by: "Sophie"))
        #expect(state.training && state.trainingBase == 13)
        #expect(state.status.text.contains("autorisé par Sophie, noté au journal"))
        #expect(state.screen == .login && state.user == nil && state.session == nil)
        expectGolden(App.view(state), "login-training")
        _ = App.update(&state, .login(.loggedIn(Fixtures.camille, Fixtures.session)))
        #expect(App.view(state).row(1).contains("MODE FORMATION"), "the banner is on every screen")
    }

    @Test func aWrongPinLeavesTrainingOff() {
        var state = Fixtures.atSale(as: Fixtures.sophie)
        state.press(.function(8))
        _ = App.update(&state, .login(.usersLoaded(Fixtures.users)))
        state.press(.function(5))
        state.type("9999", then: .enter)
        _ = App.update(&state, .approvalRefused(.pin(.wrongPin(remainingBeforeLock: 9, waitSeconds: 0))))
        #expect(!state.training)
        guard case .approval? = state.overlay else {
            Issue.record("the window stays after a wrong PIN")
            return
        }
    }

    @Test func practiceTicketsAreNamedFn() {
        var state = Fixtures.atSale()
        state.training = true
        state.trainingBase = 13
        state.type("1", then: .enter)
        state.press(.enter)
        state.type("10", then: .enter)
        _ = App.update(&state, .sale(.saleCommitted(number: 14, change: Money(cents: 900))))
        #expect(state.status.text.hasPrefix("Vente n° F-1 enregistrée — rendu 9,00 €"))
        #expect(state.status.text.contains(AppState.trainingDrawer), "the volunteer is told the drawer stays shut")
        #expect(state.ticketName(14) == "F-1" && state.ticketName(13) == "13")
        #expect(state.ticketNumber(typed: "F-2") == 15 && state.ticketNumber(typed: "2") == 15)
        state.overlay = nil
        state.type("F-1", then: .alt("k"))
        guard case .approval(let form)? = state.overlay else {
            Issue.record("no approval form")
            return
        }
        #expect(form.purpose == .cancelTicket(14))
        #expect(App.view(state).text.contains("Annuler le ticket n° F-1"))
    }

    @Test func outsideTrainingFnIsNoTicketNumber() {
        let state = Fixtures.atSale()
        #expect(state.ticketNumber(typed: "F-1") == nil)
        #expect(state.ticketNumber(typed: "14") == 14)
        #expect(state.ticketName(14) == "14")
    }

    @Test func volunteersCannotSwitchIt() {
        var state = Fixtures.atSale()
        // Alt+F is the training switch on the users screen only; at the sale it opens the households.
        #expect(state.press(.alt("f")) == [.households(.searchHouseholds(""))])
        #expect(state.overlay == nil)
        #expect(state.screen == .households)
    }
}
