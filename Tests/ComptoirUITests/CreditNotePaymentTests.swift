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

@Suite struct RefundScreenTests {
    static let ticket = RefundableTicket(number: 42, at: Fixtures.now.addingTimeInterval(-86_400), lines: [
        .init(position: 1, line: CartLine(code: "TSHIRT", label: "T-shirt", activity: .friperie, unitPrice: Money(cents: 100), quantity: 3), refundable: 3),
        .init(position: 2, line: CartLine(code: "PULL", label: "Pull", activity: .friperie, unitPrice: Money(cents: 250)), refundable: 0),
        .init(position: 3, line: CartLine(code: nil, label: "Article à prix libre", activity: .friperie, unitPrice: Money(cents: 480)), refundable: 1),
    ])

    static func atRefund(_ receipts: ReceiptMode = .noPrinter) -> AppState {
        var state = Fixtures.atSale()
        state.context.receipts = receipts
        #expect(state.type("42", then: .alt("m")) == [.sale(.loadRefundable(42))])
        _ = App.update(&state, .sale(.refundableLoaded(ticket)))
        return state
    }

    @Test func theNumberComesFirstAndTheTicketMustBeEmpty() {
        var state = Fixtures.atSale()
        #expect(state.press(.alt("m")).isEmpty)
        #expect(state.status.text.hasPrefix("Tapez le numéro du ticket à rembourser"))
        state.type("1", then: .enter)
        #expect(state.type("42", then: .alt("m")).isEmpty)
        #expect(state.status.text == "Encaissez ou mettez en attente le ticket en cours avant de rembourser.")
    }

    @Test func chooseQuantitiesAndMethodThenAResponsableAllows() {
        var state = Self.atRefund()
        #expect(state.screen == .refund)
        state.press(.char("+"), .char("+"))
        #expect(state.refund?.quantities == [2, 0, 0])
        state.press(.char("+"), .char("+"))
        #expect(state.refund?.quantities == [3, 0, 0], "never more than what is left")
        #expect(state.status.text == "« T-shirt » : il n'en reste que 3 à rembourser sur ce ticket.")
        state.press(.down, .char(" "))
        #expect(state.refund?.quantities == [3, 0, 0], "a line already refunded stays at zero")
        state.press(.down, .char(" "), .function(3))
        #expect(state.refund?.method == .creditNote)
        #expect(state.refund?.amount == Money(cents: 780))
        expectGolden(App.view(state), "refund-choose")
        state.press(.enter)
        let request = RefundRequest(number: 42, items: [.init(position: 1, quantity: 3), .init(position: 3, quantity: 1)],
                                    method: .creditNote, amount: Money(cents: 780))
        guard case .approval(let form)? = state.overlay else {
            Issue.record("no approval form")
            return
        }
        #expect(form.purpose == .refund(request))
        #expect(App.view(state).text.contains("Rembourser 7,80 € en avoir (ticket n° 42)"))
        state.type("3333", then: .tab)
        #expect(state.type("taille", then: .enter)
                == [.approve(.refund(request), managerId: 3, pin: "3333", reason: "taille", operatorId: 1)])
    }

    @Test func aCashRefundOpensTheDrawerAndAsksForTheTicket() {
        var state = Self.atRefund(.ask(default: true))
        state.press(.function(2), .enter)
        #expect(state.refund?.amount == Money(cents: 780))
        let effects = App.update(&state, .sale(.counterEntryCommitted(CounterEntry(
            kind: .refund, original: 42, number: 50, cashBack: Money(cents: 780), by: "Sophie"))))
        #expect(effects == [.sale(.openDrawer)])
        #expect(state.screen == .sale && state.refund == nil)
        #expect(state.overlay == .confirm(.receipt(number: 50, defaultYes: true)))
        #expect(state.status.text == "Remboursement n° 50 du ticket n° 42 enregistré (autorisé par Sophie). Rendez 7,80 € en espèces.")
    }

    @Test func aCreditNoteRefundAlwaysPrints() {
        var state = Self.atRefund(.ask(default: false))
        let note = CreditNote(code: CreditNoteCode.make(ticketNumber: 50), value: Money(cents: 100), issuedBy: 50)
        let effects = App.update(&state, .sale(.counterEntryCommitted(CounterEntry(
            kind: .refund, original: 42, number: 50, cashBack: .zero, creditNote: note, by: "Sophie"))))
        #expect(effects == [.sale(.printReceipt(number: 50, duplicate: false, openDrawer: false, operatorId: 1))])
        #expect(state.status.text == "Remboursement n° 50 du ticket n° 42 enregistré (autorisé par Sophie). Nouvel avoir \(note.code) de 1,00 €.")
    }

    @Test func nothingChosenNothingAskedAndEscapeGoesBack() {
        var state = Self.atRefund()
        state.press(.enter)
        #expect(state.overlay == nil && state.status.kind == .error)
        state.press(.escape)
        #expect(state.screen == .sale && state.refund == nil)
        #expect(state.status.text == "Remboursement abandonné : rien n'a été enregistré.")
    }

    @Test func aTicketAlreadyRefundedIsSaidSo() {
        var state = Fixtures.atSale()
        let done = RefundableTicket(number: 9, at: Fixtures.now, lines: [Self.ticket.lines[1]])
        _ = App.update(&state, .sale(.refundableLoaded(done)))
        #expect(state.screen == .sale)
        #expect(state.status.text == "Tout le ticket n° 9 est déjà remboursé : rien à rendre.")
    }
}
