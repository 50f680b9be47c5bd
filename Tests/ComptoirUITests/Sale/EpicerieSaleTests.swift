import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The épicerie at the till: the household's card, participation prices, the cap.
@Suite struct EpicerieSaleTests {
    static let today = CalendarDay(Fixtures.now, in: TimeZone(identifier: "Europe/Paris")!)
    /// The field example: 2 adults + 2 children, 2 000 € a month + 150 € of benefits → 30 %, cap 38 €.
    static let martin = Household(number: 42, name: "Martin", adults: 2, children: 2, monthlyResources: Money(euros: 2000),
                                  familyBenefits: Money(euros: 150), rightsFrom: today.adding(months: -1),
                                  rightsTo: today.adding(months: 5))
    static let rice = Product(code: "3560070005109", name: "Riz long grain 1 kg", marketPrice: Money(cents: 189), stock: 100)
    static let coffee = Product(code: "3046710011506", name: "Café moulu 250 g", marketPrice: Money(cents: 349), stock: 100)
    static let oil = Product(code: "3265473123008", name: "Huile de tournesol 1 L", marketPrice: Money(cents: 229), stock: 100)
    static let potatoes = Product(code: "POMMES25", name: "Pommes de terre 2,5 kg", marketPrice: Money(cents: 299),
                                  solidarityPrice: Money(cents: 50), stock: 100)

    static func standing(_ household: Household = martin, used: Money = .zero) -> HouseholdStanding {
        HouseholdStanding(household, rules: .standard, today: today, used: used, visitsThisWeek: 0)
    }

    static func withHousehold(used: Money = .zero, as user: UserSummary = Fixtures.camille) -> AppState {
        var state = Fixtures.atSale(as: user)
        #expect(state.type("f-42-2", then: .enter) == [.sale(.loadHousehold(42))])
        _ = App.update(&state, .sale(.householdLoaded(number: 42, standing(used: used))))
        return state
    }

    static func scan(_ state: inout AppState, _ product: Product, quantity: Int = 1) {
        _ = App.update(&state, .sale(.codeResolved(code: product.code, quantity: quantity, item: .product(product))))
    }

    @Test func aScannedCardAttachesTheHouseholdAndPricesAtItsRate() {
        var state = Self.withHousehold(used: Money(cents: 11_50))
        #expect(state.sale.household?.number == 42)
        #expect(state.status.text == "Foyer F-42-2 : droits OK, il reste 26,50 € ce mois-ci.")
        Self.scan(&state, Self.rice)
        Self.scan(&state, Self.potatoes, quantity: 2)
        // 30 % of 1,89 € = 0,567 → 0,55 € to the 0,05 € below half; potatoes at their fixed 0,50 €.
        #expect(state.sale.cart.lines.map(\.unitPrice) == [Money(cents: 55), Money(cents: 50)])
        #expect(state.sale.cart.lines.map(\.marketUnitPrice) == [Money(cents: 189), Money(cents: 299)])
        #expect(state.sale.cart.total == Money(cents: 1_55))
        // The cap counts market value: 38 − 11,50 − 1,89 − 2 × 2,99 = 18,63 € left.
        let panel = App.view(state).row(2)
        #expect(panel.contains("Foyer F-42-2 · droits OK · reste 18,63 €"))
        // Dignity: the queue reads this screen; neither the rate nor the cap is on it.
        let text = App.view(state).text
        #expect(!text.contains("30 %") && !text.contains("38,00"))
        expectGolden(App.view(state), "sale-household")
    }

    @Test func theCheckoutCarriesTheHousehold() {
        var state = Self.withHousehold()
        Self.scan(&state, Self.rice)
        let effects = state.press(.function(5), .enter)
        guard case .sale(.commitSale(let draft, _, _))? = effects.first else {
            Issue.record("no commit: \(effects)")
            return
        }
        #expect(draft.household == 42)
        #expect(draft.override == nil)
        #expect(draft.lines.first?.marketUnitPrice == Money(cents: 189))
    }

    @Test func aLineThatWouldPassTheCapIsRefusedThenAResponsableOverrides() {
        var state = Self.withHousehold(used: Money(euros: 30))
        Self.scan(&state, Self.coffee, quantity: 2)  // 6,98 € of the 8,00 € left
        #expect(state.sale.cart.lines.count == 1)
        Self.scan(&state, Self.oil)  // 2,29 € > 1,02 € left: refused mid-ticket
        #expect(state.sale.cart.lines.count == 1)
        #expect(state.status.kind == .error)
        #expect(state.status.text.contains("dépasserait ce qui reste au foyer ce mois-ci : 1,02 €."))
        #expect(state.sale.refused?.code == Self.oil.code)
        expectGolden(App.view(state), "sale-household-cap-refused")

        state.press(.alt("g"))
        guard case .approval(let form)? = state.overlay else {
            Issue.record("no approval form")
            return
        }
        #expect(form.purpose == .epicerieOverride("« Huile de tournesol 1 L » pour le foyer F-42-2"))
        _ = App.update(&state, .sale(.overrideGranted(managerId: 3, name: "Sophie", reason: "fin de mois difficile")))
        #expect(state.overlay == nil)
        #expect(state.sale.cart.lines.count == 2)
        #expect(state.sale.override == TicketDraft.Override(managerId: 3, reason: "fin de mois difficile"))
        #expect((0..<24).contains { App.view(state).row($0).contains("dérogation : Sophie") })
        let effects = state.press(.function(5), .enter)
        guard case .sale(.commitSale(let draft, _, _))? = effects.first else {
            Issue.record("no commit: \(effects)")
            return
        }
        #expect(draft.override?.managerId == 3)
    }

    @Test func aQuantityPastTheCapIsRefused() {
        var state = Self.withHousehold(used: Money(euros: 30))
        Self.scan(&state, Self.coffee)
        state.type("3", then: .function(3))
        #expect(state.sale.cart.lines.first?.quantity == 1)
        #expect(state.status.text.contains("3 × « Café moulu 250 g » (10,47 €) dépasserait ce qui reste"))
        state.type("2", then: .function(3))
        #expect(state.sale.cart.lines.first?.quantity == 2)
    }

    @Test func noHouseholdOrClosedRightsAreRefusedWithTheReason() {
        var state = Fixtures.atSale()
        Self.scan(&state, Self.rice)
        #expect(state.sale.cart.isEmpty)
        #expect(state.status.text.contains("réservée aux foyers inscrits. Scannez d'abord la carte du foyer."))

        var expired = Self.martin
        expired.rightsTo = Self.today.adding(days: -1)
        _ = App.update(&state, .sale(.householdLoaded(number: 42, Self.standing(expired))))
        #expect(state.status.text.contains("ont pris fin le 22/11/2026"))
        Self.scan(&state, Self.rice)
        #expect(state.sale.cart.isEmpty)
        #expect(App.view(state).row(2).contains("droits FINIS le 22/11/2026"))
    }

    @Test func cardCodesAreCheckedAndAnUnknownCardIsSaidPlainly() {
        var state = Fixtures.atSale()
        // A wrong check digit goes to the catalog (a product code may look alike), then says so.
        #expect(state.type("F-42-3", then: .enter) == [.sale(.resolveCode("F-42-3", quantity: 1))])
        _ = App.update(&state, .sale(.codeResolved(code: "F-42-3", quantity: 1, item: nil)))
        #expect(state.status.text.contains("la clé) ne correspond pas"))
        _ = App.update(&state, .sale(.householdLoaded(number: 7, nil)))
        #expect(state.status.text.contains("Aucun foyer n'a la carte F-7-"))
        #expect(state.sale.household == nil)
    }

    @Test func anotherHouseholdCannotTakeOverÉpicerieLines() {
        var state = Self.withHousehold()
        Self.scan(&state, Self.rice)
        #expect(state.type("F-24-0", then: .enter).isEmpty)
        #expect(state.status.text.contains("déjà des articles d'épicerie pour le foyer F-42-2"))
    }

    @Test func aProductByTheKgAsksItsWeight() {
        var state = Self.withHousehold()
        let lentils = Product(code: "VRAC-LENT", name: "Lentilles vrac", marketPrice: Money(cents: 320), unit: .kg, stock: 100_000)
        Self.scan(&state, lentils)
        #expect(state.sale.mode == .weight)
        #expect(App.view(state).row(17).contains("Poids (kg) :"))
        state.type("1,2,5", then: .enter)
        #expect(state.status.text.contains("n'est pas un poids"))
        state.type("1,250", then: .enter)
        // 3,20 €/kg × 1,250 kg = 4,00 € of market value; 30 % = 1,20 €.
        let line = state.sale.cart.lines.first
        #expect(line?.label == "1,250 kg Lentilles vrac")
        #expect(line?.unitPrice == Money(cents: 120) && line?.marketUnitPrice == Money(cents: 400))
        #expect(line?.weightGrams == 1250 && line?.quantity == 1)
        state.type("2", then: .function(3))
        #expect(state.status.text.contains("Une ligne pesée ne change pas de quantité"))
        #expect(state.sale.cart.lines.first?.quantity == 1)
    }

    @Test func anEmptyTicketLetsTheHouseholdGoWithF6() {
        var state = Self.withHousehold()
        state.press(.function(6))
        #expect(state.sale.household == nil)
        #expect(state.overlay == nil)
        #expect(state.status.text == "Foyer F-42-2 retiré du ticket.")
        #expect(!App.view(state).row(2).contains("Foyer"))
    }

    @Test func aSaleForgetsTheHousehold() {
        var state = Self.withHousehold()
        Self.scan(&state, Self.rice)
        state.press(.function(5), .enter)
        _ = App.update(&state, .sale(.saleCommitted(number: 5, change: .zero)))
        #expect(state.sale.household == nil && state.sale.override == nil)
    }
}
