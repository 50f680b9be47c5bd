import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

@Suite struct CreditNotePaymentTests {
    static let code = "AV-7KQ2-M9XD-T"

    /// A 6 € ticket (T-shirt, Pantalon, Pantalon... as 3*2) on the payment screen.
    static func paying(_ receipts: ReceiptMode = .noPrinter) -> AppState {
        var state = Fixtures.atSale()
        state.context.receipts = receipts
        state.type("3*2", then: .enter)
        state.press(.enter)
        return state
    }

    @Test func aCreditNoteIsLookedUpThenPaysItsWholeValue() {
        var state = Self.paying()
        #expect(state.press(.function(11)).isEmpty)
        #expect(state.payment.asking == .creditNote)
        #expect(App.hints(state).map(\.key) == ["F1", "Entrée", "Échap", "F10"], "only the keys that work while the code is typed")
        let typed = "av" + Self.code.dropFirst(3).filter { $0 != "-" }
        #expect(state.type(typed, then: .enter) == [.payment(.lookUpCreditNote(Self.code))])
        #expect(state.press(.enter).isEmpty, "no second look-up while the first is on its way")
        let effects = App.update(&state, .payment(.creditNoteChecked(code: Self.code, note: CreditNote(code: Self.code, value: Money(cents: 400), issuedBy: 40))))
        #expect(effects.isEmpty)
        #expect(state.status.text == "Avoir « \(Self.code) » : 4,00 €. Reste à payer : 2,00 €.")
        expectGolden(App.view(state), "payment-credit-note")
        guard case .sale(.commitSale(let draft, _, _))? = state.press(.enter).first else {
            Issue.record("no commit")
            return
        }
        #expect(draft.payments == [Payment(method: .creditNote, amount: Money(cents: 400), reference: Self.code),
                                   Payment(method: .cash, amount: Money(cents: 200))])
    }

    @Test func aLargerCreditNoteLeavesANewOne() {
        var state = Self.paying(.ask(default: false))
        state.press(.alt("v"))
        state.type(Self.code, then: .enter)
        let effects = App.update(&state, .payment(.creditNoteChecked(code: Self.code, note: CreditNote(code: Self.code, value: Money(cents: 1000), issuedBy: 40))))
        guard case .sale(.commitSale(let draft, _, _))? = effects.first else {
            Issue.record("the ticket is paid: it commits")
            return
        }
        #expect(draft.payments == [Payment(method: .creditNote, amount: Money(cents: 1000), reference: Self.code),
                                   Payment(method: .creditNote, amount: Money(cents: -400))])
        let rest = CreditNote(code: CreditNoteCode.make(ticketNumber: 51), value: Money(cents: 400), issuedBy: 51)
        let after = App.update(&state, .sale(.saleCommitted(number: 51, change: .zero, creditNote: rest)))
        #expect(after == [.sale(.printReceipt(number: 51, duplicate: false, openDrawer: false, operatorId: 1))],
                "a new credit note always prints, without asking")
        #expect(state.overlay == nil)
        #expect(state.status.text == "Vente n° 51 enregistrée — rendu 0,00 €. Nouvel avoir \(rest.code) de 4,00 €")
    }

    @Test func withoutPrinterTheCodeIsOnScreen() {
        var state = Self.paying()
        let rest = CreditNote(code: CreditNoteCode.make(ticketNumber: 51), value: Money(cents: 400), issuedBy: 51)
        #expect(App.update(&state, .sale(.saleCommitted(number: 51, change: .zero, creditNote: rest))).isEmpty)
        #expect(state.status.text.hasSuffix("Nouvel avoir \(rest.code) de 4,00 € : écrivez ce code pour le client (pas d'imprimante)"))
    }

    @Test func badSpentOrUnknownCreditNotesPayNothing() {
        var state = Self.paying()
        state.press(.function(11))
        // Malformed, one symbol changed (wrong check symbol), or well formed but unknown:
        // the same words, which do not say whether a credit note exists.
        for typed in ["AV-7KQ2", "AV-7KQ2-M9XE-T", "AV-40-0", "n'importe quoi", "av7kq2m9xdt"] {
            state.creditNoteBrake = CreditNoteBrake()  // the brake has its own test
            state.payment.reference.clear()
            let looked = state.type(typed, then: .enter)
            let asked = CreditNoteCode.parse(typed) ?? typed
            #expect(looked == [.payment(.lookUpCreditNote(asked))], "\(typed): the ledger sees (and logs) every code")
            #expect(state.status.text == "Recherche de l'avoir…")
            _ = App.update(&state, .payment(.creditNoteChecked(code: asked, note: nil)))
            #expect(state.status.text == "Code d'avoir non reconnu : vérifiez-le, ou Échap.", "\(typed)")
            #expect(state.status.kind == .error && state.payment.asking == .creditNote && state.payment.payments.isEmpty)
        }
        expectGolden(App.view(state), "payment-credit-note-unrecognized")
        state.press(.enter)
        _ = App.update(&state, .payment(.creditNoteChecked(code: Self.code, note: CreditNote(code: Self.code, value: Money(cents: 400), issuedBy: 40, spentBy: 44))))
        #expect(state.status.text.hasPrefix("L'avoir « \(Self.code) » a déjà servi (ticket n° 44)"))
        #expect(state.payment.payments.isEmpty)
        state.press(.escape)
        #expect(state.payment.asking == nil && state.screen == .payment)
    }

    @Test func unrecognisedCodesInARowSlowTheNextOnesDown() {
        var state = Self.paying()
        func attempt(_ typed: String, answer note: CreditNote? = nil) -> [Effect] {
            if state.payment.asking != nil { state.press(.escape) }
            state.press(.function(11))
            let effects = state.type(typed, then: .enter)
            if !effects.isEmpty { _ = App.update(&state, .payment(.creditNoteChecked(code: CreditNoteCode.parse(typed) ?? typed, note: note))) }
            return effects
        }
        for typed in ["AV-1", "AV-2", "AV-3"] {
            #expect(attempt(typed) == [.payment(.lookUpCreditNote(typed))], "three tries are free")
        }
        #expect(attempt("AV-4").isEmpty, "the fourth waits")
        #expect(state.status.text == "Trop de codes d'avoir non reconnus : attendez 5 s avant le suivant, ou Échap.")
        state.now = state.now.addingTimeInterval(5)
        #expect(attempt("AV-4") == [.payment(.lookUpCreditNote("AV-4"))])
        #expect(state.creditNoteBrake.wait(at: state.now) == 10, "each miss doubles the wait")
        state.now = state.now.addingTimeInterval(10)
        // Leaving the ticket does not reset it; a code that names a credit note does.
        state.press(.escape, .escape)
        state.press(.enter)
        #expect(state.creditNoteBrake.misses == 4)
        _ = attempt(Self.code, answer: CreditNote(code: Self.code, value: Money(cents: 100), issuedBy: 40, spentBy: 41))
        #expect(state.creditNoteBrake == CreditNoteBrake())
        var brake = CreditNoteBrake()
        for _ in 0 ..< 20 { brake.missed(at: Fixtures.now) }
        #expect(brake.wait(at: Fixtures.now) == 300, "never more than 5 minutes")
    }

    @Test func takingBackACreditNoteTakesItsRestWithIt() {
        var state = Self.paying()
        state.type("1", then: .function(2))  // 1 € by card first
        state.press(.function(11))
        state.type(Self.code, then: .enter)
        // 10 € on the 5 € left: commits at once; take the commit back as if refused.
        let commit = App.update(&state, .payment(.creditNoteChecked(code: Self.code, note: CreditNote(code: Self.code, value: Money(cents: 1000), issuedBy: 40))))
        _ = App.update(&state, .failed("Vente NON enregistrée : L'avoir a déjà servi.", request: commit[0]))
        #expect(state.payment.payments.count == 3)
        state.press(.function(4))
        #expect(state.payment.payments == [Payment(method: .card, amount: Money(cents: 100))])
        #expect(state.status.text == "Avoir « \(Self.code) » retiré.")
    }
}
