import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The refund feature on its own slice of the state: it changes only `RefundState` and
/// asks the app for the status line, the approval and the way back through its outputs.
@Suite struct RefundFeatureTests {
    static let context = RefundContext(timeZone: Fixtures.context().timeZone, trainingBase: nil)

    @Test func moreThanWhatIsLeftIsRefusedWithTheReason() {
        var refund = RefundState(ticket: RefundScreenTests.ticket)
        refund.quantities[0] = 3
        let (effects, outputs) = RefundScreen.handle(&refund, Self.context, .char("+"))
        #expect(effects.isEmpty)
        #expect(refund.quantities == [3, 0, 0])
        #expect(outputs == [.status(.error("« T-shirt » : il n'en reste que 3 à rembourser sur ce ticket."))])
    }

    @Test func enterAsksAResponsableOnlyWithItemsChosen() {
        var refund = RefundState(ticket: RefundScreenTests.ticket)
        #expect(RefundScreen.handle(&refund, Self.context, .enter).1
            == [.status(.error("Choisissez au moins un article à rendre : Espace ou + sur sa ligne."))])
        _ = RefundScreen.handle(&refund, Self.context, .char(" "))
        let outputs = RefundScreen.handle(&refund, Self.context, .enter).1
        #expect(outputs == [.askApproval(.refund(refund.request), instruction: "Un responsable tape son code et la raison du remboursement.")])
        #expect(refund.request.items.map(\.quantity) == [3])
    }

    @Test func escapeGoesBackToSale() {
        var refund = RefundState(ticket: RefundScreenTests.ticket)
        #expect(RefundScreen.handle(&refund, Self.context, .escape).1.first == .backToSale)
    }
}
