import ComptoirCore
import Testing
@testable import ComptoirUI

@Suite struct FriperieWeighingTests {
    static let vrac = Category(code: "VRAC", label: "Vrac", price: Money(cents: 300), unit: .kg)

    /// The code typed, then the ledger's answer: a category sold by the kilogram.
    private static func scanVrac(_ state: inout AppState) -> [Effect] {
        #expect(state.type("vrac", then: .enter) == [.sale(.resolveCode("VRAC", quantity: 1))])
        return App.update(&state, .sale(.codeResolved(code: "VRAC", quantity: 1, item: .category(vrac))))
    }

    @Test func aCategoryByTheKiloTakesTheWeightTypedAndShowsItsPricePerKilo() {
        var state = Fixtures.atSale()
        state.context.categories.append(Self.vrac)  // no key: listed by its code
        #expect(Self.scanVrac(&state).isEmpty)  // no scale: nothing is asked of it
        #expect(state.sale.mode == .weight && state.status.text.contains("« Vrac » se vend au kilo (3,00 €/kg)"))
        state.type("", then: .enter)
        #expect(state.status.text.hasPrefix("Tapez le poids en kilos") && state.sale.cart.isEmpty)
        state.type("1,2,5", then: .enter)
        #expect(state.status.text.contains("n'est pas un poids") && state.sale.cart.isEmpty)
        state.type("1,250", then: .enter)
        // 3,00 €/kg × 1 250 g = 3,75 €.
        let line = state.sale.cart.lines.first
        #expect(line?.label == "1,250 kg Vrac à 3,00 €/kg" && line?.unitPrice == Money(cents: 375))
        #expect(line?.weightGrams == 1_250 && line?.activity == .friperie && line?.code == "VRAC")
        #expect(state.sale.mode == .code && state.sale.weighing == nil)
        expectGolden(App.view(state), "sale-weighed-friperie")
    }

    @Test func withAScaleTheWeightIsReadAndAMovingWeightCanBeTypedInstead() {
        var context = Fixtures.context()
        context.hasScale = true
        var state = Fixtures.atSale()
        state.context = context
        #expect(Self.scanVrac(&state) == [.readScale])
        #expect(state.status.text.contains("posez-le sur la balance"))
        _ = App.update(&state, .scaleAnswered(grams: nil, problem: "Le poids bouge encore : attendez qu'il se stabilise et relisez la balance, ou tapez le poids."))
        #expect(state.sale.mode == .weight && state.status.kind == .error && state.status.text.hasPrefix("Le poids bouge encore"))
        #expect(App.view(state).row(18).contains("Entrée seule : relit la balance ; ou tapez le poids. Échap : annuler."))
        #expect(state.press(.enter) == [.readScale])
        _ = App.update(&state, .scaleAnswered(grams: 2_040, problem: nil))
        #expect(state.sale.cart.lines.map(\.label) == ["2,040 kg Vrac à 3,00 €/kg"])
        #expect(state.sale.cart.total == Money(cents: 612))
        // A late answer once the weight is in changes nothing.
        _ = App.update(&state, .scaleAnswered(grams: 900, problem: nil))
        #expect(state.sale.cart.lines.count == 1)
        // The scale says nothing useful: the weight is typed.
        _ = Self.scanVrac(&state)
        _ = App.update(&state, .scaleAnswered(grams: nil, problem: "La balance ne répond pas sur /dev/ttyUSB0 : tapez le poids."))
        state.type("0,5", then: .enter)
        #expect(state.sale.cart.lines.last?.unitPrice == Money(cents: 150) && state.sale.cart.lines.count == 2)
    }

    @Test func aFailedReadingLeavesTheWeightFieldEmpty() {
        var context = Fixtures.context()
        context.hasScale = true
        var state = Fixtures.atSale()
        state.context = context
        #expect(Self.scanVrac(&state) == [.readScale])
        state.type("1,2")
        #expect(state.sale.code.text == "1,2")
        _ = App.update(&state, .scaleAnswered(grams: nil, problem: "Poids négatif : remettez la balance à zéro."))
        #expect(state.sale.mode == .weight && state.sale.code.isEmpty)
        #expect(state.status == .error("Poids négatif : remettez la balance à zéro."))
        #expect(state.sale.cart.isEmpty)
    }

    @Test func aCategoryOnADigitKeyByTheKiloAsksItsWeightToo() {
        var context = Fixtures.context()
        context.categories.append(Category(code: "VRAC", label: "Vrac", price: Money(cents: 300), key: 9, unit: .kg))
        var state = Fixtures.atSale()
        state.context = context
        #expect(state.type("9", then: .enter).isEmpty)
        #expect(state.sale.mode == .weight)
        state.press(.escape)
        #expect(state.sale.mode == .code && state.sale.weighing == nil && state.sale.cart.isEmpty)
    }
}
