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

@Suite struct ParkingScreenTests {
    static let waiting = [
        ParkedTicket(id: 4, till: "Caisse 1", parkedAt: Fixtures.now.addingTimeInterval(-600),
                     lines: [CartLine(code: "TSHIRT", label: "T-shirt", activity: .friperie, unitPrice: Money(cents: 100), quantity: 2)]),
        ParkedTicket(id: 5, till: "Caisse 2", parkedAt: Fixtures.now.addingTimeInterval(-60),
                     lines: [CartLine(code: nil, label: "Article à prix libre", activity: .friperie, unitPrice: Money(cents: 750))]),
    ]

    @Test func parkingTheTicketClearsIt() {
        var state = Fixtures.atSale()
        state.type("1", then: .enter)
        let lines = state.sale.cart.lines
        #expect(state.press(.function(12)) == [.sale(.parkTicket(lines, operatorId: 1))])
        _ = App.update(&state, .sale(.parked(ParkedTicket(id: 9, till: "Caisse 1", parkedAt: Fixtures.now, lines: lines))))
        #expect(state.sale.cart.isEmpty)
        #expect(state.status.text.contains("Ticket mis en attente (1,00 €)"))
    }

    @Test func anEmptyTicketListsAndResumes() {
        var state = Fixtures.atSale()
        #expect(state.press(.alt("t")) == [.sale(.loadParked)])
        _ = App.update(&state, .sale(.parkedLoaded(Self.waiting)))
        expectGolden(App.view(state), "parked-list")
        state.press(.down)
        #expect(state.press(.enter) == [.sale(.resumeParked(id: 5, operatorId: 1))])
        _ = App.update(&state, .sale(.resumed(Self.waiting[1].lines)))
        #expect(state.sale.cart.total == Money(cents: 750))
    }

    @Test func nothingWaiting() {
        var state = Fixtures.atSale()
        state.press(.function(12))
        _ = App.update(&state, .sale(.parkedLoaded([])))
        #expect(state.overlay == nil)
        #expect(state.status.text == "Aucun ticket en attente.")
    }
}

@Suite struct DrawerApprovalTests {
    static func atSaleWithPrinter() -> AppState {
        var state = Fixtures.atLogin()
        state.context.receipts = .ask(default: false)
        _ = App.update(&state, .login(.loggedIn(Fixtures.camille, Fixtures.session)))
        return state
    }

    @Test func aResponsableAllowsOpeningTheDrawer() {
        var state = Self.atSaleWithPrinter()
        state.press(.function(11))
        guard case .approval(let form)? = state.overlay else {
            Issue.record("no approval form")
            return
        }
        #expect(form.managers == [Fixtures.sophie], "only responsables are listed")
        #expect(state.type("3333", then: .enter).isEmpty, "a reason is needed")
        #expect(state.status.text.contains("raison"))
        let effects = state.type("monnaie", then: .enter)
        #expect(effects == [.approve(.openDrawer, managerId: 3, pin: "3333", reason: "monnaie", operatorId: 1)])
        expectGolden(App.view(state), "drawer-approval")
        _ = App.update(&state, .approvalRefused(.pin(.wrongPin(remainingBeforeLock: 6, waitSeconds: 4))))
        #expect(state.status.kind == .error)
        #expect(state.status.text == "Code PIN incorrect. Patientez 4 s avant de réessayer. Rien n'a été fait.")
        guard case .approval(let kept)? = state.overlay else {
            Issue.record("the form should stay after a wrong PIN")
            return
        }
        #expect(kept.pin.isEmpty && kept.reason.text == "monnaie")
        // The window shows the wait and refuses during it, without sending the PIN.
        _ = App.update(&state, .tick(Fixtures.now.addingTimeInterval(1)))
        #expect(state.type("3333", then: .enter).isEmpty)
        #expect(state.status.text == "Trop de codes faux. Patientez 3 s avant de réessayer. Rien n'a été fait.")
        expectGolden(App.view(state), "drawer-approval-wait")
        _ = App.update(&state, .tick(Fixtures.now.addingTimeInterval(4)))
        #expect(state.type("3333", then: .enter) == [.approve(.openDrawer, managerId: 3, pin: "3333", reason: "monnaie", operatorId: 1)])
        // Locked: said, and marked in the list.
        _ = App.update(&state, .approvalRefused(.pin(.locked)))
        #expect(state.status.text.hasPrefix("Compte verrouillé"))
        guard case .approval(let locked)? = state.overlay else {
            Issue.record("the form should stay")
            return
        }
        #expect(locked.managers.first?.locked == true)
        #expect(App.view(state).text.contains("Sophie            responsable  verrouillé"))
        _ = App.update(&state, .sale(.drawerOpened(by: "Sophie")))
        #expect(state.overlay == nil)
        #expect(state.status.text == "Tiroir ouvert, autorisé par Sophie ; c'est noté au journal.")
    }

    @Test func noPrinterNoDrawer() {
        var state = Fixtures.atSale()
        state.press(.function(11))
        #expect(state.overlay == nil)
        #expect(state.status.text.contains("Pas de tiroir"))
    }
}

@Suite struct CancellationScreenTests {
    @Test func numberThenAltKAsksAResponsable() {
        var state = Fixtures.atSale()
        #expect(state.press(.alt("k")).isEmpty)
        #expect(state.status.text == "Tapez le numéro du ticket à annuler, puis Alt+K.")
        state.type("7", then: .alt("k"))
        guard case .approval(let form)? = state.overlay else {
            Issue.record("no approval form")
            return
        }
        #expect(form.purpose == .cancelTicket(7))
        #expect(App.view(state).text.contains("Annuler le ticket n° 7"))
        state.type("3333", then: .tab)
        let effects = state.type("erreur de saisie", then: .enter)
        #expect(effects == [.approve(.cancelTicket(7), managerId: 3, pin: "3333", reason: "erreur de saisie", operatorId: 1)])
        _ = App.update(&state, .sale(.counterEntryCommitted(CounterEntry(kind: .cancellation, original: 7, number: 9, cashBack: Money(cents: 650), by: "Sophie"))))
        #expect(state.overlay == nil)
        #expect(state.status.text == "Ticket n° 7 annulé par le ticket n° 9 (autorisé par Sophie). Rendez 6,50 € en espèces.")
    }

    @Test func aRefusalClosesTheForm() {
        var state = Fixtures.atSale()
        state.type("7", then: .alt("k"))
        state.type("3333", then: .tab)
        let effects = state.type("x", then: .enter)
        _ = App.update(&state, .failed("Le ticket n° 7 est déjà annulé (ticket n° 9).", request: effects[0]))
        #expect(state.overlay == nil)
        #expect(state.status.kind == .error)
    }
}
