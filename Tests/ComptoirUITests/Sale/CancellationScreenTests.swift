import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

@Suite struct CancellationScreenTests {
    @Test func numberThenAltKAsksAResponsable() {
        var state = Fixtures.atSale()
        #expect(state.press(.alt("k")).isEmpty)
        #expect(state.status.text == "Tapez le numéro du ticket à annuler, puis Alt+K.")
        #expect(state.type("7", then: .alt("k")) == [.sale(.lookUpTicket(7))])
        #expect(state.overlay == nil, "no PIN before the ticket is seen")
        _ = App.update(&state, .sale(.ticketLookedUp(number: 7, Self.ticket7)))
        guard case .approval(let form)? = state.overlay else {
            Issue.record("no approval form")
            return
        }
        #expect(form.purpose == .cancelTicket(7))
        #expect(form.ticket == Self.ticket7)
        let text = App.view(state).text
        #expect(text.contains("Annuler le ticket n° 7"))
        #expect(text.contains("Vente du 23/11/2026 18:05 par Camille"))
        #expect(text.contains("Pull laine"))
        #expect(text.contains("Payé : Espèces 5,00 €, Carte 1,50 €"))
        #expect(text.contains("6,50 €"))
        expectGolden(App.view(state), "cancel-window")
        state.type("3333", then: .tab)
        let effects = state.type("erreur de saisie", then: .enter)
        #expect(effects == [.approve(.cancelTicket(7), managerId: 3, pin: "3333", reason: "erreur de saisie", operatorId: 1)])
        _ = App.update(&state, .sale(.counterEntryCommitted(CounterEntry(kind: .cancellation, original: 7, number: 9, cashBack: Money(cents: 650), by: "Sophie"))))
        #expect(state.overlay == nil)
        #expect(state.status.text == "Ticket n° 7 annulé par le ticket n° 9 (autorisé par Sophie). Rendez 6,50 € en espèces.")
    }

    static let ticket7 = TicketPreview(
        number: 7, at: Fixtures.now, operatorName: "Camille",
        lines: [.init(label: "Pull laine", quantity: 1, amount: Money(cents: 400)),
                .init(label: "Livre", quantity: 2, amount: Money(cents: 250))],
        total: Money(cents: 650),
        payments: [.init(label: "Espèces", amount: Money(cents: 500)), .init(label: "Carte", amount: Money(cents: 150))])

    @Test func anUnknownTicketSaysSoAndChangesNothing() {
        var state = Fixtures.atSale()
        state.type("77", then: .alt("k"))
        let before = state.sale
        _ = App.update(&state, .sale(.ticketLookedUp(number: 77, nil)))
        #expect(state.overlay == nil)
        #expect(state.sale == before)
        #expect(state.status.kind == .error)
        #expect(state.status.text == "Il n'y a pas de ticket n° 77 : vérifiez le numéro. Rien n'est annulé.")
    }

    @Test func aLongTicketEndsWithHowManyLinesMore() {
        var state = Fixtures.atSale(as: Fixtures.sophie)
        state.type("7", then: .alt("k"))
        var long = Self.ticket7
        long.lines = (1...30).map { .init(label: "Article n° \($0) au nom bien trop long pour tenir sur la ligne du ticket", quantity: $0,
                                          amount: Money(cents: 100 * Int64($0))) }
        _ = App.update(&state, .sale(.ticketLookedUp(number: 7, long)))
        let canvas = App.view(state)
        #expect(canvas.text.contains("autres lignes"))
        #expect(canvas.text.contains("Code PIN"), "the PIN field stays in the window")
        #expect(canvas.text.contains("Article n° 1 au nom bien trop long pour tenir sur la…"), "a cut label ends in …")
        #expect(ScreenFit.problems(Visit(name: "long", state: state), .overlayBoxWhole).isEmpty)
        #expect(ScreenFit.problems(Visit(name: "long", state: state), .statusWhole).isEmpty)
        expectGolden(canvas, "cancel-window-long")
    }

    @Test func aRefusalClosesTheForm() {
        var state = Fixtures.atSale()
        state.type("7", then: .alt("k"))
        _ = App.update(&state, .sale(.ticketLookedUp(number: 7, Self.ticket7)))
        state.type("3333", then: .tab)
        let effects = state.type("x", then: .enter)
        _ = App.update(&state, .failed("Le ticket n° 7 est déjà annulé (ticket n° 9).", request: effects[0]))
        #expect(state.overlay == nil)
        #expect(state.status.kind == .error)
    }
}
