import ComptoirCore
import Testing
@testable import ComptoirUI

/// An épicerie sale that would take a product's stock below zero is confirmed first.
@Suite struct NegativeStockSaleTests {
    static let pasta = Product(code: "3038350013309", name: "Pâtes 500 g", marketPrice: Money(cents: 119), stock: 1)

    private static func scan(_ state: inout AppState) {
        _ = App.update(&state, .sale(.codeResolved(code: pasta.code, quantity: 1, item: .product(pasta))))
    }

    @Test func theLastPieceSellsWithoutAQuestionTheNextOneAsks() {
        var state = Fixtures.atSale()
        state.sale.override = TicketDraft.Override(managerId: 3, reason: "test")  // no household needed
        Self.scan(&state)
        #expect(state.sale.cart.itemCount == 1 && state.sale.negativeStock == nil)
        Self.scan(&state)
        #expect(state.sale.cart.itemCount == 1)
        #expect(state.sale.negativeStock?.now == 0 && state.sale.negativeStock?.after == -1)
        // Nothing else acts behind the question.
        state.press(.function(5))
        #expect(state.screen == .sale && state.sale.negativeStock != nil)
        expectGolden(App.view(state), "sale-negative-stock")
        state.press(.escape)
        #expect(state.sale.cart.itemCount == 1 && state.sale.negativeStock == nil)
        #expect(state.status.text.contains("non ajouté"))
        Self.scan(&state)
        state.press(.enter)
        #expect(state.sale.cart.itemCount == 2 && state.sale.negativeStock == nil)
        // Accepted once for this ticket: the next piece is added without asking again.
        Self.scan(&state)
        #expect(state.sale.cart.itemCount == 3 && state.sale.negativeStock == nil)
    }
}
