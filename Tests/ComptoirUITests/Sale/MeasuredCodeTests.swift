import Testing
import ComptoirCore
@testable import ComptoirUI

/// Variable-measure labels at the till: a weight label becomes the weighed line of its
/// category or product, priced as if weighed there; bad labels are refused in French.
@Suite struct MeasuredCodeTests {
    static let vrac = Category(code: "00042", label: "Vrac pesé", price: Money(cents: 400), unit: .kg)
    static let lentils = Product(code: "00077", name: "Lentilles vrac", marketPrice: Money(cents: 300), unit: .kg, stock: 10_000)

    static func atSale() -> AppState {
        var state = Fixtures.atSale()
        state.context.variableMeasure = VariableMeasureFormat(weightPrefix: "21", pricePrefix: "22")
        return state
    }

    @Test func aWeightLabelAsksTheCatalogueThenAddsTheWeighedLine() {
        var state = Self.atSale()
        #expect(state.type("2100042012509", then: .enter) == [.sale(.resolveMeasured(.weight(item: "00042", grams: 1_250)))])
        _ = App.update(&state, .sale(.measuredResolved(.weight(item: "00042", grams: 1_250), item: .category(Self.vrac))))
        let line = state.sale.cart.lines.first
        #expect(line?.weightGrams == 1_250 && line?.amount == Money(cents: 500) && line?.code == "00042")
        #expect(state.sale.mode == .code && state.sale.weighing == nil)
    }

    @Test func anEpicerieProductIsPricedForTheHouseholdAsIfWeighedHere() {
        var state = Self.atSale()
        _ = App.update(&state, .sale(.measuredResolved(.weight(item: "00077", grams: 500), item: .product(Self.lentils))))
        // No household on the ticket: refused as a weighed épicerie product would be.
        #expect(state.sale.cart.isEmpty && state.status.kind == .error && state.status.text.contains("foyer"))
    }

    @Test func badLabelsAreRefusedAndChangeNothing() {
        var state = Self.atSale()
        #expect(state.type("2100042012508", then: .enter).isEmpty)
        #expect(state.status.text.contains("la clé (le dernier chiffre) ne correspond pas") && state.sale.cart.isEmpty)
        #expect(state.type("3*2100042012509", then: .enter).isEmpty)
        #expect(state.status.kind == .error)
        _ = App.update(&state, .sale(.measuredResolved(.weight(item: "99999", grams: 500), item: nil)))
        #expect(state.status.text.contains("aucune catégorie ni aucun produit") && state.sale.cart.isEmpty)
        // A piece category cannot take a weight, nor a kg one a price.
        _ = App.update(&state, .sale(.measuredResolved(.weight(item: "TSHIRT", grams: 500), item: .category(Fixtures.categories[0]))))
        #expect(state.status.text.contains("se vend à la pièce") && state.sale.cart.isEmpty)
        _ = App.update(&state, .sale(.measuredResolved(.price(item: "00042", price: Money(cents: 450)), item: .category(Self.vrac))))
        #expect(state.status.text.contains("se vend au kilo") && state.sale.cart.isEmpty)
    }

    @Test func withoutBarcodeSettingsTheCodeIsAnOrdinaryOne() {
        var state = Fixtures.atSale()
        #expect(state.type("2100042012509", then: .enter) == [.sale(.resolveCode("2100042012509", quantity: 1))])
    }
}
