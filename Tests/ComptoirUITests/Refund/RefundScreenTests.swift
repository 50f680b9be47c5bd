import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

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

    @Test func theRefundWindowShowsTheWholeTicketThenAgainOverThePin() {
        var state = Fixtures.atSale(as: Fixtures.sophie)
        state.type("42", then: .alt("m"))
        #expect(App.update(&state, .sale(.refundableLoaded(Self.ticket))) == [.sale(.loadTicketPreview(42))])
        let lines = Self.ticket.lines.map { TicketPreview.Line(label: $0.line.label, quantity: $0.line.quantity,
                                                              amount: $0.line.unitPrice * $0.line.quantity) }
        let total = lines.reduce(Money.zero) { $0 + $1.amount }
        let preview = TicketPreview(number: 42, at: Self.ticket.at, operatorName: "Camille", lines: lines, total: total,
                                    payments: [.init(label: "Espèces", amount: total)])
        _ = App.update(&state, .sale(.ticketPreviewLoaded(preview)))
        #expect(state.refund?.preview == preview)
        #expect(App.view(state).text.contains("Vendu par Camille, total \(total.formatted), payé : Espèces \(total.formatted)"))
        state.press(.function(2), .enter)
        guard case .approval(let form)? = state.overlay else { Issue.record("no approval form"); return }
        #expect(form.ticket == preview)
        #expect(App.view(state).text.contains("Payé : Espèces \(total.formatted)"))
        expectGolden(App.view(state), "refund-window")
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
