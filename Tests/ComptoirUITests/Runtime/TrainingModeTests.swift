import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

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
        var ticket = CancellationScreenTests.ticket7
        ticket.number = 14
        _ = App.update(&state, .sale(.ticketLookedUp(number: 14, ticket)))
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
        #expect(state.press(.alt("f")).isEmpty, "a bénévole's household screen lists nobody before a search")
        #expect(state.overlay == nil)
        #expect(state.screen == .households)
    }
}
