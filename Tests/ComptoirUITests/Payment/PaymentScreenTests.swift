import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

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

    @Test func lessThanTheRestInCashLeavesTheRestToPay() {
        var state = Self.withTicket()
        state.press(.enter)
        #expect(state.type("5", then: .enter).isEmpty)
        #expect(state.payment.payments == [Payment(method: .cash, amount: Money(cents: 500))])
        #expect(state.payment.given.text.isEmpty)
        #expect(state.status.text == "Espèces : 5,00 €. Reste à payer : 1,00 € — Entrée espèces, F2 carte, F3 chèque.")
        expectGolden(App.view(state), "payment-short")
        // F2 with nothing typed pays the rest by card: 5 € cash and 1 € card, as the Z will say.
        guard case .sale(.commitSale(let draft, _, _))? = state.press(.function(2)).first else {
            Issue.record("no commit"); return
        }
        #expect(draft.payments == [Payment(method: .cash, amount: Money(cents: 500)), Payment(method: .card, amount: Money(cents: 100))])
    }

    @Test func theChangeStaysInSightUntilTheNextTicket() {
        var state = Self.withTicket()
        state.press(.enter)
        state.type("10", then: .enter)
        _ = App.update(&state, .sale(.saleCommitted(number: 1, change: Money(cents: 400))))
        _ = App.update(&state, .key(.char("2")))  // a key typed meanwhile: the panel stays
        let canvas = App.view(state)
        #expect(canvas.text.contains("À RENDRE"))
        #expect(canvas.text.contains("4,00 €"))
        expectGolden(canvas, "sale-change-due")
        state.press(.backspace)
        state.type("1", then: .enter)
        #expect(state.sale.changeDue == nil)
        #expect(!App.view(state).text.contains("À RENDRE"))
        // Exact cash, or a card: nothing to give back, no panel.
        state.press(.enter)
        _ = App.update(&state, .sale(.saleCommitted(number: 2, change: .zero)))
        #expect(!App.view(state).text.contains("À RENDRE"))
    }

    @Test func malformedAmountChangesNothing() {
        var state = Self.withTicket()
        state.press(.enter)
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
