import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

@Suite struct ParkingScreenTests {
    static let waiting = [
        ParkedTicket(id: 4, till: "Caisse 1", parkedAt: Fixtures.now.addingTimeInterval(-600),
                     lines: [CartLine(code: "TSHIRT", label: "T-shirt", activity: .friperie, unitPrice: Money(cents: 100), quantity: 2)]),
        ParkedTicket(id: 5, till: "Caisse 2", parkedAt: Fixtures.now.addingTimeInterval(-60),
                     lines: [CartLine(code: nil, label: "Article à prix libre", activity: .friperie, unitPrice: Money(cents: 750))]),
    ]

    @Test func parkingTheTicketClearsIt() {
        var state = Fixtures.atSale()
        state.type("1", then: .enter)
        let lines = state.sale.cart.lines
        #expect(state.press(.function(12)) == [.sale(.parkTicket(lines, operatorId: 1))])
        _ = App.update(&state, .sale(.parked(ParkedTicket(id: 9, till: "Caisse 1", parkedAt: Fixtures.now, lines: lines))))
        #expect(state.sale.cart.isEmpty)
        #expect(state.status.text.contains("Ticket mis en attente (1,00 €)"))
    }

    @Test func anEmptyTicketListsAndResumes() {
        var state = Fixtures.atSale()
        #expect(state.press(.alt("t")) == [.sale(.loadParked)])
        _ = App.update(&state, .sale(.parkedLoaded(Self.waiting)))
        expectGolden(App.view(state), "parked-list")
        state.press(.down)
        #expect(state.press(.enter) == [.sale(.resumeParked(id: 5, operatorId: 1))])
        _ = App.update(&state, .sale(.resumed(Self.waiting[1].lines)))
        #expect(state.sale.cart.total == Money(cents: 750))
    }

    @Test func nothingWaiting() {
        var state = Fixtures.atSale()
        state.press(.function(12))
        _ = App.update(&state, .sale(.parkedLoaded([])))
        #expect(state.overlay == nil)
        #expect(state.status.text == "Aucun ticket en attente.")
    }
}
