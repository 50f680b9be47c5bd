import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

@Suite struct DrawerApprovalTests {
    static func atSaleWithPrinter() -> AppState {
        var state = Fixtures.atLogin()
        state.context.receipts = .ask(default: false)
        _ = App.update(&state, .login(.loggedIn(Fixtures.camille, Fixtures.session)))
        return state
    }

    @Test func aResponsableAllowsOpeningTheDrawer() {
        var state = Self.atSaleWithPrinter()
        state.press(.function(11))
        guard case .approval(let form)? = state.overlay else {
            Issue.record("no approval form")
            return
        }
        #expect(form.managers == [Fixtures.sophie], "only responsables are listed")
        #expect(state.type("3333", then: .enter).isEmpty, "a reason is needed")
        #expect(state.status.text.contains("raison"))
        let effects = state.type("monnaie", then: .enter)
        #expect(effects == [.approve(.openDrawer, managerId: 3, pin: "3333", reason: "monnaie", operatorId: 1)])
        expectGolden(App.view(state), "drawer-approval")
        _ = App.update(&state, .approvalRefused(.pin(.wrongPin(remainingBeforeLock: 6, waitSeconds: 4))))
        #expect(state.status.kind == .error)
        #expect(state.status.text == "Code PIN incorrect. Patientez 4 s avant de réessayer. Rien n'a été fait.")
        guard case .approval(let kept)? = state.overlay else {
            Issue.record("the form should stay after a wrong PIN")
            return
        }
        #expect(kept.pin.isEmpty && kept.reason.text == "monnaie")
        // The window shows the wait and refuses during it, without sending the PIN.
        _ = App.update(&state, .tick(Fixtures.now.addingTimeInterval(1)))
        #expect(state.type("3333", then: .enter).isEmpty)
        #expect(state.status.text == "Trop de codes faux. Patientez 3 s avant de réessayer. Rien n'a été fait.")
        expectGolden(App.view(state), "drawer-approval-wait")
        _ = App.update(&state, .tick(Fixtures.now.addingTimeInterval(4)))
        #expect(state.type("3333", then: .enter) == [.approve(.openDrawer, managerId: 3, pin: "3333", reason: "monnaie", operatorId: 1)])
        // Locked: said, and marked in the list.
        _ = App.update(&state, .approvalRefused(.pin(.locked)))
        #expect(state.status.text.hasPrefix("Compte verrouillé"))
        guard case .approval(let locked)? = state.overlay else {
            Issue.record("the form should stay")
            return
        }
        #expect(locked.managers.first?.locked == true)
        #expect(App.view(state).text.contains("Sophie            responsable  verrouillé"))
        _ = App.update(&state, .sale(.drawerOpened(by: "Sophie")))
        #expect(state.overlay == nil)
        #expect(state.status.text == "Tiroir ouvert, autorisé par Sophie ; c'est noté au journal.")
    }

    @Test func noPrinterNoDrawer() {
        var state = Fixtures.atSale()
        state.press(.function(11))
        #expect(state.overlay == nil)
        #expect(state.status.text.contains("Pas de tiroir"))
    }
}
