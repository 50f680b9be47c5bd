import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// A failure names the request that failed: only that request's form or payment is given
/// back, a late failure of something else leaves the screen as it is.
@Suite struct FailureTests {
    @Test func aLatePrintingFailureLeavesTheResponsablesFormOpen() {
        var state = DrawerApprovalTests.atSaleWithPrinter()
        state.press(.function(11))  // drawer without a sale: a responsable's form
        guard case .approval? = state.overlay else { Issue.record("no approval form"); return }
        _ = App.update(&state, .failed("Carte F-1-8 non imprimée : papier absent.",
                                       request: .households(.printHouseholdCard(1, operatorId: 1))))
        guard case .approval? = state.overlay else { Issue.record("the form was closed"); return }
        #expect(state.status.kind == .error)
        _ = App.update(&state, .failed("Ouverture refusée.", request: .sale(.openDrawerApproved(
            Approval(managerId: 3, pin: "3333", reason: "monnaie", operatorId: 1)))))
        #expect(state.overlay == nil)
    }

    @Test func onlyTheCommitsFailureGivesThePaymentBack() {
        var state = PaymentScreenTests.withTicket()
        let commit = state.press(.enter, .enter)
        #expect(state.payment.committing)
        _ = App.update(&state, .failed("Tiroir non ouvert : câble débranché.", request: .sale(.openDrawer)))
        #expect(state.payment.committing)
        _ = App.update(&state, .failed("La base est pleine.", request: commit[0]))
        #expect(state.payment.committing == false)
    }
}
