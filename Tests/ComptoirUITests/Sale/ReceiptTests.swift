import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

@Suite struct ReceiptTests {
    static func paid(receipts: ReceiptMode) -> (AppState, [Effect]) {
        var state = Fixtures.atLogin()
        state.context.receipts = receipts
        _ = App.update(&state, .login(.loggedIn(Fixtures.camille, Fixtures.session)))
        state.type("1", then: .enter)
        state.press(.enter, .enter)
        let effects = App.update(&state, .sale(.saleCommitted(number: 12, change: .zero)))
        return (state, effects)
    }

    @Test func noPrinterNoQuestion() {
        let (state, effects) = Self.paid(receipts: .noPrinter)
        #expect(effects.isEmpty)
        #expect(state.overlay == nil)
        #expect(!App.view(state).text.contains("F7 Réimprimer"))
    }

    @Test func askOpensTheDrawerThenAsks() {
        var (state, effects) = Self.paid(receipts: .ask(default: false))
        #expect(effects == [.sale(.openDrawer)])
        #expect(state.overlay == .confirm(.receipt(number: 12, defaultYes: false)))
        expectGolden(App.view(state), "receipt-question")
        #expect(state.press(.enter).isEmpty, "Entrée answers the default: no")
        #expect(state.overlay == nil)
    }

    @Test func yesPrintsTheOriginal() {
        var (state, _) = Self.paid(receipts: .ask(default: true))
        #expect(state.press(.enter) == [.sale(.printReceipt(number: 12, duplicate: false, openDrawer: false, operatorId: 1))])
        _ = App.update(&state, .sale(.printed(number: 12, duplicate: false)))
        #expect(state.status == .success("Vente n° 12 enregistrée — rendu 0,00 €. Ticket imprimé."), "the change stays in sight")
    }

    @Test func alwaysPrintsWithTheDrawerKick() {
        let (state, effects) = Self.paid(receipts: .always)
        #expect(effects == [.sale(.printReceipt(number: 12, duplicate: false, openDrawer: true, operatorId: 1))])
        #expect(state.overlay == nil)
    }

    @Test func aFailedPrintWaitsForF7() {
        var (state, _) = Self.paid(receipts: .always)
        _ = App.update(&state, .sale(.printFailed(PendingPrint(number: 12, duplicate: false),
                                            message: "L'imprimante n'a plus de papier : mettez un rouleau neuf puis réimprimez.")))
        #expect(state.status.kind == .error)
        #expect(state.status.text.hasPrefix("Vente n° 12 enregistrée — rendu 0,00 €. Ticket non imprimé : L'imprimante n'a plus de papier"))
        #expect(state.status.text.hasSuffix("F7 : réimprimer."))
        #expect(state.press(.function(7)) == [.sale(.printReceipt(number: 12, duplicate: false, openDrawer: false, operatorId: 1))])
        _ = App.update(&state, .sale(.printed(number: 12, duplicate: false)))
        #expect(state.pendingPrint == nil)
        #expect(state.press(.function(7)) == [.sale(.printReceipt(number: 12, duplicate: true, openDrawer: false, operatorId: 1))],
                "then F7 reprints the last ticket as a duplicate")
    }

    @Test func aPrintThatFailsLaterNamesItsTicket() {
        var (state, _) = Self.paid(receipts: .always)
        state.type("1", then: .enter)  // the next customer is being served meanwhile
        _ = App.update(&state, .sale(.printFailed(PendingPrint(number: 12, duplicate: false),
                                            message: "L'imprimante ne répond pas (2 secondes).")))
        #expect(state.status == .error("Ticket n° 12 non imprimé : L'imprimante ne répond pas (2 secondes). Il est bien enregistré. F7 : réimprimer."))
        #expect(state.sale.cart.itemCount == 1, "the ticket being built is untouched")
        #expect(state.pendingPrint == PendingPrint(number: 12, duplicate: false))
    }

    @Test func reprintByNumber() {
        var (state, _) = Self.paid(receipts: .always)
        #expect(state.type("7", then: .function(7)) == [.sale(.printReceipt(number: 7, duplicate: true, openDrawer: false, operatorId: 1))])
        #expect(state.type("sept", then: .function(7)).isEmpty)
        #expect(state.status.kind == .error)
    }

    @Test func aCardSaleDoesNotOpenTheDrawer() {
        var state = Fixtures.atLogin()
        state.context.receipts = .ask(default: false)
        _ = App.update(&state, .login(.loggedIn(Fixtures.camille, Fixtures.session)))
        state.type("1", then: .enter)
        state.press(.enter, .function(2))
        #expect(App.update(&state, .sale(.saleCommitted(number: 3, change: .zero))).isEmpty)
        #expect(state.overlay == .confirm(.receipt(number: 3, defaultYes: false)))
        state.context.receipts = .always
        state.press(.escape)
        state.type("1", then: .enter)
        state.press(.enter, .function(2))
        #expect(App.update(&state, .sale(.saleCommitted(number: 4, change: .zero)))
                == [.sale(.printReceipt(number: 4, duplicate: false, openDrawer: false, operatorId: 1))])
    }

    @Test func nothingToReprintYet() {
        var state = Fixtures.atSale()
        state.context.receipts = .always
        #expect(state.press(.function(7)).isEmpty)
        #expect(state.status.text.contains("Aucun ticket à réimprimer"))
    }
}
