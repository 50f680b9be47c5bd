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
        let pasta = Product(code: "3038350013309", name: "Pâtes 500 g", marketPrice: Money(cents: 119))
        _ = App.update(&state, .sale(.codeResolved(code: pasta.code, quantity: 1, item: .product(pasta))))
        #expect(state.sale.cart.isEmpty)
        #expect(state.status.kind == .error)
        #expect(state.status.text.contains("épicerie"))
    }

    @Test func freePriceTypedBeforeOrAfterF2() {
        var state = Fixtures.atSale()
        state.type("3,50", then: .function(2))
        #expect(state.sale.cart.total == Money(cents: 350))
        state.press(.function(2))
        #expect(state.sale.mode == .freePrice)
        state.type("1.2", then: .enter)
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
        state.press(.up)
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
        state.press(.function(6), .char("o"), .function(9))
        #expect(state.screen == .login)
        #expect(state.user == nil)
    }

    @Test func tooManyLinesScrollToTheSelection() {
        var state = Fixtures.atSale()
        for i in 1...20 { state.type("\(i),00", then: .function(2)) }
        let text = App.view(state).text
        #expect(text.contains("20,00 €"))
        #expect(text.contains("▲"))
        #expect(!text.contains(" 1 Article"))
    }
}

@Suite struct PaymentScreenTests {
    static func withTicket() -> AppState {
        var state = Fixtures.atSale()
        state.type("1", then: .enter)
        state.type("2*3", then: .enter)
        return state // 1,00 + 2 × 2,50 = 6,00 €
    }

    @Test func cashWithChange() {
        var state = Self.withTicket()
        state.press(.enter)
        #expect(state.screen == .payment)
        state.type("10")
        #expect(App.view(state).text.contains("4,00 €"))
        let effects = state.press(.enter)
        let payment = Payment(method: .cash, amount: Money(cents: 600), given: Money(cents: 1000), change: Money(cents: 400))
        #expect(effects == [.sale(.commitSale(TicketDraft(lines: state.sale.cart.lines, payments: [payment]), operatorId: 1, sessionId: 7))])
        #expect(state.press(.enter).isEmpty, "a second Entrée does not commit twice")
        _ = App.update(&state, .sale(.saleCommitted(number: 42, change: Money(cents: 400))))
        #expect(state.screen == .sale)
        #expect(state.sale.cart.isEmpty)
        #expect(state.status.text == "Vente n° 42 enregistrée — rendu 4,00 €" && state.status.kind == .success)
        #expect(state.status.ticket == 42)
        // Its printing completes the line; once another line is up, it is named on its own.
        _ = App.update(&state, .sale(.printed(number: 42, duplicate: false)))
        #expect(state.status.text == "Vente n° 42 enregistrée — rendu 4,00 €. Ticket imprimé.")
        state.status = .info("Ticket n° 42 en cours")
        _ = App.update(&state, .sale(.printed(number: 42, duplicate: false)))
        #expect(state.status.text == "Ticket n° 42 imprimé.")
    }

    @Test func exactAmountWhenNothingIsTyped() {
        var state = Self.withTicket()
        state.press(.function(5))
        let effects = state.press(.enter)
        guard case .sale(.commitSale(let draft, _, _))? = effects.first else {
            Issue.record("no commit")
            return
        }
        #expect(draft.payments == [Payment(method: .cash, amount: Money(cents: 600))])
    }

    @Test func noteKeysFillTheAmount() {
        var state = Self.withTicket()
        state.press(.enter, .function(6))
        #expect(state.payment.given.text == "10,00")
    }

    @Test func halfCardHalfCash() {
        var state = Self.withTicket()
        state.press(.enter)
        #expect(state.type("3", then: .function(2)).isEmpty, "a partial card payment commits nothing yet")
        #expect(state.status.text == "Carte bancaire : 3,00 €. Reste à payer : 3,00 €.")
        #expect(App.view(state).text.contains("Reste à payer :"))
        expectGolden(App.view(state), "payment-split")
        let effects = state.type("5", then: .enter)
        let expected = [
            Payment(method: .card, amount: Money(cents: 300)),
            Payment(method: .cash, amount: Money(cents: 300), given: Money(cents: 500), change: Money(cents: 200)),
        ]
        #expect(effects == [.sale(.commitSale(TicketDraft(lines: state.sale.cart.lines, payments: expected), operatorId: 1, sessionId: 7))])
    }

    @Test func aVoucherWithItsReference() {
        var state = Self.withTicket()
        state.press(.enter)
        #expect(state.type("2", then: .function(9)).isEmpty)
        #expect(state.payment.asking == .voucher(Money(cents: 200)))
        #expect(state.press(.enter).isEmpty, "a voucher needs its reference")
        #expect(state.status.kind == .error)
        state.type("CCAS-42")
        expectGolden(App.view(state), "payment-voucher-reference")
        #expect(state.press(.enter).isEmpty)
        #expect(state.status.text == "Bon « CCAS-42 » : 2,00 €. Reste à payer : 4,00 €.")
        // The same voucher twice on one ticket is refused at once.
        state.type("1", then: .alt("b"))
        state.type("CCAS-42", then: .enter)
        #expect(state.status.text.contains("déjà sur ce ticket"))
        state.press(.escape)
        #expect(state.screen == .payment, "Échap gives up the voucher, not the payment")
        guard case .sale(.commitSale(let draft, _, _))? = state.press(.enter).first else {
            Issue.record("no commit")
            return
        }
        #expect(draft.payments == [
            Payment(method: .voucher, amount: Money(cents: 200), reference: "CCAS-42"),
            Payment(method: .cash, amount: Money(cents: 400)),
        ])
    }

    @Test func cardNeverExceedsTheRest() {
        var state = Self.withTicket()
        state.press(.enter)
        #expect(state.type("7", then: .function(2)).isEmpty)
        #expect(state.payment.payments.isEmpty)
        #expect(state.status.text.contains("dépasse le reste à payer (6,00 €)"))
        state.payment.given.clear()
        // Nothing typed: the card pays the whole rest and the ticket is committed.
        guard case .sale(.commitSale(let draft, _, _))? = state.press(.function(3)).first else {
            Issue.record("no commit")
            return
        }
        #expect(draft.payments == [Payment(method: .cheque, amount: Money(cents: 600))])
    }

    @Test func aPartialPaymentCanBeTakenBack() {
        var state = Self.withTicket()
        state.press(.enter)
        state.type("2", then: .function(3))
        state.press(.function(4))
        #expect(state.payment.payments.isEmpty)
        state.type("1", then: .function(2))
        state.press(.escape)
        #expect(state.screen == .sale)
        #expect(state.payment.payments.isEmpty)
        #expect(state.status.text.contains("paiements partiels sont annulés"))
    }

    @Test func shortOrMalformedAmountChangesNothing() {
        var state = Self.withTicket()
        state.press(.enter)
        #expect(state.type("5", then: .enter).isEmpty)
        #expect(state.status.text == "Montant insuffisant : il manque 1,00 € sur 6,00 €. Autre moyen pour le reste : F2 carte, F3 chèque.")
        expectGolden(App.view(state), "payment-short")
        state.payment.given.clear()
        #expect(state.type("7,505", then: .enter).isEmpty)
        #expect(state.status.text.contains("deux chiffres"))
        state.payment.given.clear()
        #expect(state.type("sept", then: .enter).isEmpty)
        #expect(state.screen == .payment)
    }

    @Test func failedCommitKeepsTheTicket() {
        var state = Self.withTicket()
        let effects = state.press(.enter, .enter)
        _ = App.update(&state, .failed("La base est pleine.", request: effects[0]))
        #expect(state.screen == .payment)
        #expect(state.payment.committing == false)
        #expect(state.sale.cart.itemCount == 3)
        #expect(state.status.kind == .error)
    }

    @Test func escapeGoesBackToTheTicket() {
        var state = Self.withTicket()
        state.press(.enter, .escape)
        #expect(state.screen == .sale)
        #expect(state.sale.cart.itemCount == 3)
    }
}

@Suite struct StatusLineTests {
    @Test func longMessageWrapsInsteadOfBeingCut() {
        var state = Fixtures.atSale()
        let pasta = Product(code: "3038350012005", name: "Spaghetti 500 g", marketPrice: Money(cents: 115))
        _ = App.update(&state, .sale(.codeResolved(code: pasta.code, quantity: 1, item: .product(pasta))))
        let canvas = App.view(state)
        let rows = (0..<canvas.height).map { canvas.row($0) }
        #expect(rows.contains { $0.contains("✘ « Spaghetti 500 g » : épicerie sociale") })
        #expect(rows.contains { $0.contains("Scannez d'abord la carte du foyer.") })
        expectGolden(canvas, "sale-grocery-refused")
    }
}
