import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The épicerie's stock screen: the list, arrivals, corrections and product cards.
@Suite struct StockScreenTests {
    static let products = [
        Product(code: "3560070005109", name: "Riz long grain 1 kg", marketPrice: Money(cents: 189),
                category: "Épicerie sèche", weightGrams: 1000, lowStock: 5, stock: 18),
        Product(code: "VRAC-LENT", name: "Lentilles vrac", marketPrice: Money(cents: 320), category: "Vrac",
                unit: .kg, lowStock: 2000, stock: 1500),
    ]

    static func atStock(as user: UserSummary = Fixtures.camille) -> AppState {
        var state = Fixtures.atSale(as: user)
        #expect(state.press(.alt("i")) == [.stock(.loadStock)])
        _ = App.update(&state, .stock(.stockLoaded(products, message: nil)))
        return state
    }

    @Test func theListShowsStockAndFlagsLowProducts() {
        var state = Self.atStock()
        let canvas = App.view(state)
        #expect(canvas.row(6).contains("Lentilles vrac") && canvas.row(6).contains("1,500 kg") && canvas.row(6).trimmingCharacters(in: .whitespaces).hasSuffix("2,000 BAS"))
        expectGolden(canvas, "stock")
        state.press(.function(3))
        #expect(state.stock.shown.map(\.code) == ["VRAC-LENT"])
    }

    @Test func aVolunteerRecordsAnArrivalButNotACorrection() {
        var state = Self.atStock()
        state.press(.function(2))
        state.type("24", then: .down, .right, .down)  // a purchase
        state.type("24")
        let effects = state.press(.function(2))
        #expect(effects == [.stock(.recordStock(code: "3560070005109", kind: .purchase, quantity: 24, weightGrams: 24_000,
                                         reason: nil, operatorId: Fixtures.camille.id))])
        _ = App.update(&state, .stock(.stockLoaded(Self.products, message: "Arrivée (achat) enregistrée")))
        #expect(state.stock.form == nil)
        state.press(.function(4))
        #expect(state.stock.form == nil)
        #expect(state.status.text.contains("Réservé aux responsables"))
    }

    @Test func aCorrectionInKilosAndAProductCard() {
        var state = Self.atStock(as: Fixtures.sophie)
        state.press(.down, .function(4))
        state.type("-0,250", then: .down)
        state.type("sachet percé")
        #expect(state.press(.function(2)) == [.stock(.recordStock(code: "VRAC-LENT", kind: .correction, quantity: -250,
                                                           weightGrams: nil, reason: "sachet percé",
                                                           operatorId: Fixtures.sophie.id))])
        state.press(.escape, .function(5))
        state.type("3038350012005", then: .down)
        state.type("Spaghetti 500 g", then: .down)
        state.type("Pâtes", then: .down, .down)
        state.type("abc")
        #expect(state.press(.function(2)).isEmpty)
        #expect(state.status.text.hasPrefix("Prix de référence (€) : « abc » n'est pas un montant"))
        state.press(.backspace, .backspace, .backspace)
        state.type("1,15")
        guard case .stock(.saveProduct(let product, _))? = state.press(.function(2)).first else {
            Issue.record("no save")
            return
        }
        #expect(product == Product(code: "3038350012005", name: "Spaghetti 500 g", marketPrice: Money(cents: 115),
                                   category: "Pâtes"))
    }
}

/// Negative stocks (sold past the shelf) come first, highlighted.
@Suite struct NegativeStockListTests {
    static let products = StockScreenTests.products + [
        Product(code: "3038350013309", name: "Pâtes 500 g", marketPrice: Money(cents: 119), category: "Épicerie sèche",
                lowStock: 3, stock: -2),
        Product(code: "3265473123008", name: "Huile de tournesol 1 L", marketPrice: Money(cents: 229),
                category: "Épicerie sèche", lowStock: 3, stock: -5),
    ]

    @Test func goldenNegativesFirstLowestFirst() {
        var state = Fixtures.atSale()
        _ = state.press(.alt("i"))
        _ = App.update(&state, .stock(.stockLoaded(Self.products, message: nil)))
        #expect(state.stock.shown.map(\.stock) == [-5, -2, 18, 1500])
        let canvas = App.view(state)
        #expect(canvas.row(5).contains("Huile de tournesol") && canvas.row(2).contains("2 stocks négatifs, en tête"))
        expectGolden(canvas, "stock-negatives-first")
        state.press(.function(3))
        #expect(state.stock.shown.map(\.stock) == [-5, -2, 1500])
    }
}
