import Testing
import ComptoirCore
@testable import ComptoirUI

/// A cash sale's drawer kick that failed (paper out…) is tried again with F11, without a
/// responsable, until the next ticket starts; F11 otherwise still asks a responsable.
@Suite struct DrawerRetryTests {
    @Test func f11RetriesTheFailedKickOnce() {
        var state = DrawerApprovalTests.atSaleWithPrinter()
        _ = App.update(&state, .failed("Tiroir non ouvert : l'imprimante n'a plus de papier.", request: .sale(.openDrawer)))
        #expect(state.sale.drawerRetry && state.status.text.hasPrefix("Tiroir non ouvert"))
        #expect(state.press(.function(11)) == [.sale(.openDrawer)])
        #expect(state.overlay == nil && state.status.text.contains("Nouvel essai"))
        // Once only: the next F11 is an opening without a sale again.
        #expect(state.press(.function(11)).isEmpty)
        guard case .approval? = state.overlay else { Issue.record("F11 should ask a responsable"); return }
    }

    @Test func theNextTicketEndsTheRetry() {
        var state = DrawerApprovalTests.atSaleWithPrinter()
        _ = App.update(&state, .failed("Tiroir non ouvert : capot ouvert.", request: .sale(.openDrawer)))
        state.type("1", then: .enter)
        #expect(!state.sale.drawerRetry)
        state.press(.function(11))
        guard case .approval? = state.overlay else { Issue.record("F11 should ask a responsable"); return }
    }

    @Test func anotherFailureDoesNotOpenTheDoor() {
        var state = DrawerApprovalTests.atSaleWithPrinter()
        _ = App.update(&state, .failed("Ticket n° 3 non imprimé.", request: .sale(.printReceipt(number: 3, duplicate: false,
                                                                                           openDrawer: false, operatorId: 1))))
        #expect(!state.sale.drawerRetry)
    }
}
