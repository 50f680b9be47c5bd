import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

@Suite struct CancellationScreenTests {
    @Test func numberThenAltKAsksAResponsable() {
        var state = Fixtures.atSale()
        #expect(state.press(.alt("k")).isEmpty)
        #expect(state.status.text == "Tapez le numéro du ticket à annuler, puis Alt+K.")
        state.type("7", then: .alt("k"))
        guard case .approval(let form)? = state.overlay else {
            Issue.record("no approval form")
            return
        }
        #expect(form.purpose == .cancelTicket(7))
        #expect(App.view(state).text.contains("Annuler le ticket n° 7"))
        state.type("3333", then: .tab)
        let effects = state.type("erreur de saisie", then: .enter)
        #expect(effects == [.approve(.cancelTicket(7), managerId: 3, pin: "3333", reason: "erreur de saisie", operatorId: 1)])
        _ = App.update(&state, .sale(.counterEntryCommitted(CounterEntry(kind: .cancellation, original: 7, number: 9, cashBack: Money(cents: 650), by: "Sophie"))))
        #expect(state.overlay == nil)
        #expect(state.status.text == "Ticket n° 7 annulé par le ticket n° 9 (autorisé par Sophie). Rendez 6,50 € en espèces.")
    }

    @Test func aRefusalClosesTheForm() {
        var state = Fixtures.atSale()
        state.type("7", then: .alt("k"))
        state.type("3333", then: .tab)
        let effects = state.type("x", then: .enter)
        _ = App.update(&state, .failed("Le ticket n° 7 est déjà annulé (ticket n° 9).", request: effects[0]))
        #expect(state.overlay == nil)
        #expect(state.status.kind == .error)
    }
}
