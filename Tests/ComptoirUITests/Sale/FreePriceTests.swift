import ComptoirCore
import Testing
@testable import ComptoirUI

/// Free price (F2): large amounts are confirmed on a large display, too large ones refused,
/// and the ticket's columns never overflow.
@Suite struct FreePriceTests {
    @Test func theThresholdIsAHundredEurosByDefaultAndReachesTheSaleScreen() {
        #expect(AppContext(shopName: "S", tillName: "T").freePriceThreshold == Money(cents: 10_000))
        var state = Fixtures.atSale()
        state.context.freePriceThreshold = Money(cents: 2_000)
        #expect(state.saleContext.freePriceThreshold == Money(cents: 2_000))
        state.type("25", then: .function(2))
        #expect(state.sale.cart.isEmpty && state.sale.confirmFreePrice == Money(cents: 2_500))
    }

    @Test func upToTheThresholdTheLineIsAddedAtOnce() {
        var state = Fixtures.atSale()
        state.type("100", then: .function(2))
        #expect(state.sale.cart.total == Money(cents: 10_000) && state.sale.confirmFreePrice == nil)
    }

    @Test func aboveTheThresholdEscapeAddsNothingAndEnterAddsTheLine() {
        var state = Fixtures.atSale()
        state.type("450", then: .function(2))
        #expect(state.sale.cart.isEmpty && state.sale.confirmFreePrice == Money(cents: 45_000))
        // Only Entrée and Échap act: a digit or F5 does nothing behind the window.
        state.press(.char("1"), .function(5))
        #expect(state.sale.cart.isEmpty && state.sale.confirmFreePrice != nil && state.screen == .sale)
        #expect(App.hints(state).map(\.label).contains("confirmer"))
        #expect(!App.hints(state).map(\.label).contains("Encaisser"))
        state.press(.escape)
        #expect(state.sale.cart.isEmpty && state.sale.confirmFreePrice == nil)
        #expect(state.status.text.contains("non ajouté"))
        state.press(.function(2))
        state.type("450", then: .enter)
        #expect(state.sale.confirmFreePrice == Money(cents: 45_000) && state.sale.cart.isEmpty)
        state.press(.enter)
        #expect(state.sale.cart.total == Money(cents: 45_000) && state.sale.confirmFreePrice == nil)
        #expect(state.sale.cart.lines.first?.label == "Article à prix libre")
    }

    @Test func goldenConfirmationShowsTheAmountInLargeDigits() {
        var state = Fixtures.atSale()
        state.type("1", then: .enter)
        state.type("450", then: .function(2))
        let canvas = App.view(state)
        #expect(canvas.text.contains("Confirmer 450,00 € ?"))
        expectGolden(canvas, "sale-free-price-confirm")
    }

    @Test func anAmountThatCannotFitIsRefused() {
        var state = Fixtures.atSale()
        state.type("99999", then: .function(2))
        #expect(state.sale.cart.isEmpty && state.sale.confirmFreePrice == nil)
        #expect(state.status.kind == .error && state.status.text.contains("9 999,99 € au plus"))
        state.type("9999,99", then: .function(2))
        #expect(state.sale.confirmFreePrice == SaleScreen.maximumFreePrice)
    }

    @Test func goldenLargeAmountsWidenTheirColumns() {
        var state = Fixtures.atSale()
        state.type("1", then: .enter)
        state.type("9999,99", then: .function(2))
        state.press(.enter)
        state.type("999", then: .function(3))
        let canvas = App.view(state)
        // Whole amounts, a space before each: nothing reads as 19 999,99.
        #expect(canvas.text.contains("999  9 999,99 €  9 989 990,01 € "))
        expectGolden(canvas, "sale-free-price-large-columns")
    }
}
