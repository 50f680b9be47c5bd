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

    @Test func f3AsksBeforeAQuantityThatWouldGoBelowZeroAndTheCheckoutCarriesTheAcceptance() {
        var state = Fixtures.atSale()
        state.sale.override = TicketDraft.Override(managerId: 3, reason: "test")
        Self.scan(&state)
        state.type("3", then: .function(3))
        #expect(state.sale.cart.lines.first?.quantity == 1)
        #expect(state.sale.negativeStock?.replacing == 0)
        #expect(state.sale.negativeStock?.now == 1 && state.sale.negativeStock?.after == -2)
        expectGolden(App.view(state), "sale-negative-stock-quantity")
        state.press(.escape)
        #expect(state.sale.cart.lines.first?.quantity == 1 && state.sale.negativeStock == nil)
        #expect(state.status.text.contains("inchangée"))
        state.type("3", then: .function(3))
        state.press(.enter)
        #expect(state.sale.cart.lines.count == 1 && state.sale.cart.lines.first?.quantity == 3)
        #expect(state.sale.stockAccepted == [Self.pasta.code])
        let effects = state.press(.function(5), .enter)
        guard case .sale(.commitSale(let draft, _, _))? = effects.first else {
            Issue.record("no commit: \(effects)")
            return
        }
        #expect(draft.stockAccepted == [Self.pasta.code])
    }

    @Test func aLineAResponsableAllowsStillAsksTheStockQuestion() {
        var state = EpicerieSaleTests.withHousehold(used: Money(euros: 37))
        var oil = EpicerieSaleTests.oil
        oil.stock = 0
        EpicerieSaleTests.scan(&state, oil)  // past the cap: refused before any stock question
        #expect(state.sale.refused?.code == oil.code && state.sale.negativeStock == nil)
        state.press(.alt("g"))
        _ = App.update(&state, .sale(.overrideGranted(managerId: 3, name: "Sophie", reason: "fin de mois")))
        #expect(state.sale.cart.isEmpty)
        #expect(state.sale.negativeStock?.line.code == oil.code && state.sale.negativeStock?.after == -1)
        #expect(state.status.text.hasPrefix("Dérogation accordée par Sophie. Stock insuffisant"))
        state.press(.enter)
        #expect(state.sale.cart.lines.map(\.code) == [oil.code] && state.sale.stockAccepted == [oil.code])
    }
}
