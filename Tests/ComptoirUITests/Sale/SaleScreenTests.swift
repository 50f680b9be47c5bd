import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

@Suite struct SaleScreenTests {
    @Test func categoryNumberAddsALine() {
        var state = Fixtures.atSale()
        let effects = state.type("1", then: .enter)
        #expect(effects.isEmpty)
        #expect(state.sale.cart.lines.map(\.label) == ["T-shirt"])
        #expect(state.sale.cart.total == Money(cents: 100))
        #expect(state.sale.code.isEmpty)
        #expect(state.status.kind == .success)
    }

    @Test func quantityPrefixAddsSeveral() {
        var state = Fixtures.atSale()
        state.type("3*2", then: .enter)
        #expect(state.sale.cart.lines.first?.quantity == 3)
        #expect(state.sale.cart.total == Money(cents: 600))
        state.type("2", then: .enter)
        #expect(state.sale.cart.lines.count == 1, "the same category adds to its line")
        #expect(state.sale.cart.lines.first?.quantity == 4)
    }

    @Test func badQuantityPrefixChangesNothing() {
        var state = Fixtures.atSale()
        for text in ["0*1", "x*1", "1000*1", "-2*1"] {
            let effects = state.type(text, then: .enter)
            #expect(effects.isEmpty)
            #expect(state.sale.cart.isEmpty, "\(text)")
            #expect(state.status.kind == .error)
        }
    }

    @Test func otherCodesAreLookedUp() {
        var state = Fixtures.atSale()
        #expect(state.type("pull", then: .enter) == [.sale(.resolveCode("PULL", quantity: 1))])
        _ = App.update(&state, .sale(.codeResolved(code: "PULL", quantity: 1, item: .category(Fixtures.categories[2]))))
        #expect(state.sale.cart.lines.map(\.label) == ["Pull"])
    }

    @Test func unknownCodeSaysSoAndAddsNothing() {
        var state = Fixtures.atSale()
        #expect(state.type("12345", then: .enter) == [.sale(.resolveCode("12345", quantity: 1))])
        _ = App.update(&state, .sale(.codeResolved(code: "12345", quantity: 1, item: nil)))
        #expect(state.sale.cart.isEmpty)
        #expect(state.status == .error("Code « 12345 » inconnu. Vérifiez-le, ou vendez au prix libre (F2)."))
    }

    @Test func groceryProductIsRefusedWithoutHousehold() {
        var state = Fixtures.atSale()
        let pasta = Product(code: "3038350013309", name: "Pâtes 500 g", marketPrice: Money(cents: 119), stock: 100)
        _ = App.update(&state, .sale(.codeResolved(code: pasta.code, quantity: 1, item: .product(pasta))))
        #expect(state.sale.cart.isEmpty)
        #expect(state.status.kind == .error)
        #expect(state.status.text.contains("épicerie"))
    }

    @Test func freePriceTypedBeforeOrAfterF2() {
        var state = Fixtures.atSale()
        state.type("3,50", then: .function(2))
        state.press(.enter)  // the free-price window: default activity, no label
        #expect(state.sale.cart.total == Money(cents: 350))
        state.press(.function(2))
        #expect(state.sale.mode == .freePrice)
        state.type("1.2", then: .enter)
        state.press(.enter)
        #expect(state.sale.cart.total == Money(cents: 470))
        #expect(state.sale.cart.lines.count == 2, "free-price lines never merge")
    }

    @Test func freePriceRefusesBadAmounts() {
        var state = Fixtures.atSale()
        for text in ["abc", "2,555", "0"] {
            state.press(.function(2))
            state.type(text, then: .enter)
            #expect(state.sale.cart.isEmpty, "\(text)")
            #expect(state.status.kind == .error, "\(text)")
        }
    }

    @Test func quantityOfTheSelectedLine() {
        var state = Fixtures.atSale()
        state.type("1", then: .enter)
        state.type("2", then: .enter)
        state.press(.up)
        #expect(state.sale.selected == 0)
        state.type("4", then: .function(3))
        #expect(state.sale.cart.lines[0].quantity == 4)
        state.press(.function(3))
        state.type("0", then: .enter)
        #expect(state.sale.cart.lines[0].quantity == 4)
        #expect(state.status.text.contains("au moins 1"))
        state.press(.alt("q"))
        state.type("-1", then: .enter)
        #expect(state.sale.cart.lines[0].quantity == 4)
        #expect(state.status.kind == .error)
    }

    @Test func removeTheSelectedLine() {
        var state = Fixtures.atSale()
        state.type("1", then: .enter)
        state.type("2", then: .enter)
        state.press(.delete)
        #expect(state.sale.cart.lines.map(\.label) == ["T-shirt"])
        #expect(state.sale.selected == 0)
        state.press(.function(4))
        #expect(state.sale.cart.isEmpty)
        #expect(state.sale.selected == nil)
        state.press(.function(4))
        #expect(state.status.kind == .error)
    }

    @Test func goldenSaleScreen() {
        var state = Fixtures.atSale()
        state.type("1", then: .enter)
        state.type("3*2", then: .enter)
        state.type("4,50", then: .function(2))
        state.press(.enter, .up)
        state.type("12")
        expectGolden(App.view(state), "sale-three-lines")
    }

    @Test func goldenEmptySaleScreen() {
        expectGolden(App.view(Fixtures.atSale(as: Fixtures.sophie)), "sale-empty-manager")
    }

    @Test func emptyTicketCannotBePaid() {
        var state = Fixtures.atSale()
        state.press(.enter)
        #expect(state.screen == .sale)
        #expect(state.status.kind == .error)
    }

    @Test func escapeClearsTheCodeField() {
        var state = Fixtures.atSale()
        state.type("123", then: .escape)
        #expect(state.sale.code.isEmpty)
    }

    @Test func abandonAsksFirst() {
        var state = Fixtures.atSale()
        state.type("1", then: .enter)
        state.press(.function(6))
        #expect(state.overlay == .confirm(.abandonTicket))
        state.press(.char("n"))
        #expect(state.sale.cart.lines.count == 1)
        state.press(.function(6), .char("o"))
        #expect(state.sale.cart.isEmpty)
    }

    @Test func logoutNeedsAnEmptyTicket() {
        var state = Fixtures.atSale()
        state.type("1", then: .enter)
        state.press(.function(9))
        #expect(state.screen == .sale)
        state.press(.function(6), .char("o"))
        // The logout is journaled, by user id.
        #expect(state.press(.function(9)) == [.login(.logout(userId: Fixtures.camille.id, quitting: false))])
        #expect(state.screen == .login)
        #expect(state.user == nil)
    }

    @Test func tooManyLinesScrollToTheSelection() {
        var state = Fixtures.atSale()
        for i in 1...20 {
            state.type("\(i),00", then: .function(2))
            state.press(.enter)
        }
        let text = App.view(state).text
        #expect(text.contains("20,00 €"))
        #expect(text.contains("▲"))
        #expect(!text.contains(" 1 Article"))
    }
}
