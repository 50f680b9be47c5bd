import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The sale feature on its own slice of the state: it changes only `SaleState` and asks
/// the app for the rest (status, overlays, payment, refund, navigation) through its outputs.
@Suite struct SaleFeatureTests {
    static let context = SaleContext(user: Fixtures.camille, receipts: .ask(default: false), hasScale: false,
                                     categories: Fixtures.categories, trainingBase: nil, lastTicket: nil, pendingPrint: nil,
                                     status: StatusLine(), paidInCash: true, isShown: true)
    static let tshirt = CartLine(code: "TSHIRT", label: "T-shirt", activity: .friperie, unitPrice: Money(cents: 100))

    static func withATShirt() -> SaleState {
        var sale = SaleState()
        sale.cart.add(tshirt)
        sale.selected = 0
        return sale
    }

    @Test func aCategoryNumberAddsItsLineAndSaysSo() {
        var sale = SaleState()
        sale.code = TextField("2", maxLength: 40)
        let (effects, outputs) = SaleScreen.handle(&sale, Self.context, .enter)
        #expect(effects.isEmpty)
        #expect(sale.cart.lines.map(\.label) == ["Pantalon"])
        #expect(outputs == [.status(.success("Pantalon : 2,00 €. Total du ticket : 2,00 €"))])
    }

    @Test func checkoutAsksForThePaymentOnlyWithLines() {
        var empty = SaleState()
        #expect(SaleScreen.handle(&empty, Self.context, .function(5)).1
            == [.status(.error("Le ticket est vide : scannez ou tapez un article d'abord."))])
        var sale = Self.withATShirt()
        let outputs = SaleScreen.handle(&sale, Self.context, .function(5)).1
        #expect(outputs.first == .checkout)
    }

    @Test func otherFeaturesAreOpenedByTheApp() {
        var sale = SaleState()
        #expect(SaleScreen.handle(&sale, Self.context, .alt("f")) == ([], [.open(.households)]))
        #expect(SaleScreen.handle(&sale, Self.context, .alt("z")) == ([], [.open(.closing)]))
        #expect(SaleScreen.handle(&sale, Self.context, .alt("b")) == ([], [.open(.friperie)]))
    }

    @Test func abandonAsksTheAppToConfirmAndLogoutWaitsForAnEmptyTicket() {
        var sale = Self.withATShirt()
        #expect(SaleScreen.handle(&sale, Self.context, .function(6)).1 == [.confirmAbandon])
        #expect(SaleScreen.handle(&sale, Self.context, .function(9)).1.contains(.logout) == false)
        var empty = SaleState()
        #expect(SaleScreen.handle(&empty, Self.context, .function(9)).1
            == [.logout, .status(.info("Au revoir Camille. La caisse reste ouverte."))])
    }

    @Test func aCommittedSaleIsHandedToTheAppWithTheReceiptQuestion() {
        var sale = Self.withATShirt()
        let (effects, outputs) = SaleScreen.receive(&sale, Self.context, .saleCommitted(number: 12, change: Money(cents: 400)))
        var fresh = SaleState()
        fresh.changeDue = Money(cents: 400)  // shown until the next ticket starts
        #expect(sale == fresh)
        #expect(effects == [.sale(.openDrawer)], "cash was paid: the drawer opens for the change")
        var status = StatusLine.success("Vente n° 12 enregistrée — rendu 4,00 €")
        status.ticket = 12
        #expect(outputs == [.paymentDone, .committed(ticket: 12), .status(status), .askReceipt(number: 12, defaultYes: false)])
    }

    @Test func aPrintedReceiptCompletesTheLineOfItsCommitAndClearsItsPendingPrint() {
        var context = Self.context
        context.status = .success("Vente n° 12 enregistrée — rendu 4,00 €")
        context.status.ticket = 12
        context.pendingPrint = PendingPrint(number: 12, duplicate: false)
        var sale = SaleState()
        #expect(SaleScreen.receive(&sale, context, .printed(number: 12, duplicate: false)).1
            == [.pendingPrint(nil), .status(.success("Vente n° 12 enregistrée — rendu 4,00 €. Ticket imprimé."))])
        let other = SaleScreen.receive(&sale, context, .printed(number: 9, duplicate: true)).1
        #expect(other == [.status(.success("Duplicata du ticket n° 9 imprimé."))], "another ticket leaves the pending one")
    }

    @Test func reprintTakesThePendingReceiptBeforeTheLastTicket() {
        var context = Self.context
        context.lastTicket = 12
        var sale = SaleState()
        #expect(SaleScreen.handle(&sale, context, .function(7)).0
            == [.sale(.printReceipt(number: 12, duplicate: true, openDrawer: false, operatorId: 1))])
        context.pendingPrint = PendingPrint(number: 11, duplicate: false)
        #expect(SaleScreen.handle(&sale, context, .function(7)).0
            == [.sale(.printReceipt(number: 11, duplicate: false, openDrawer: false, operatorId: 1))])
    }

    @Test func aRefundableTicketIsShownByTheAppAndACounterEntryEndsIt() {
        var sale = SaleState()
        #expect(SaleScreen.receive(&sale, Self.context, .refundableLoaded(RefundScreenTests.ticket)).1.first
            == .showRefund(RefundScreenTests.ticket))
        let entry = CounterEntry(kind: .refund, original: 42, number: 13, cashBack: Money(cents: 100), by: "Sophie")
        let (effects, outputs) = SaleScreen.receive(&sale, Self.context, .counterEntryCommitted(entry))
        #expect(effects == [.sale(.openDrawer)])
        #expect(outputs.prefix(2) == [.counterEntryDone, .committed(ticket: 13)])
    }

    @Test func trainingTicketNumbersAreTypedAsPractice() {
        var context = Self.context
        context.trainingBase = 100
        var sale = SaleState()
        sale.code = TextField("F-2", maxLength: 40)
        #expect(SaleScreen.handle(&sale, context, .alt("k")) == ([.sale(.lookUpTicket(102))], [.status(.info("Recherche du ticket n° F-2…"))]))
        sale.code = TextField("F-2", maxLength: 40)
        #expect(SaleScreen.handle(&sale, Self.context, .alt("k")).1
            == [.status(.error("Tapez le numéro du ticket à annuler, puis Alt+K."))], "no practice ticket at the real till")
    }

    @Test func aLateScaleAnswerIsIgnoredWhenTheSaleScreenIsNotShown() {
        var sale = SaleState()
        sale.mode = .weight
        sale.weighing = .category(Fixtures.categories[0])
        var context = Self.context
        context.isShown = false
        #expect(SaleScreen.scaleAnswered(&sale, context, grams: 500, problem: nil).isEmpty)
        #expect(sale.mode == .weight)
        context.isShown = true
        #expect(SaleScreen.scaleAnswered(&sale, context, grams: nil, problem: "Balance instable.") == [.status(.error("Balance instable."))])
    }

    @Test func anOverrideIsAskedThenTheRefusedLineIsAdded() {
        var sale = SaleState()
        let rice = CartLine(code: "RIZ", label: "Riz", activity: .epicerie, unitPrice: Money(cents: 90), marketUnitPrice: Money(cents: 180))
        sale.refused = rice
        guard case .askApproval(.epicerieOverride(let what), _)? = SaleScreen.handle(&sale, Self.context, .alt("g")).1.first else {
            Issue.record("no approval asked"); return
        }
        #expect(what == "« Riz » sans foyer")
        let outputs = SaleScreen.receive(&sale, Self.context, .overrideGranted(managerId: 3, name: "Sophie", reason: "dépannage")).1
        #expect(outputs.first == .approvalDone)
        #expect(sale.cart.lines == [rice] && sale.refused == nil && sale.overrideBy == "Sophie")
    }

    @Test func parkedTicketsAreListedByTheAppAndAResumedOneIsTheNewTicket() {
        var sale = SaleState()
        #expect(SaleScreen.receive(&sale, Self.context, .parkedLoaded([])).1 == [.status(.info("Aucun ticket en attente."))])
        let parked = ParkedTicket(id: 4, till: "Caisse 1", parkedAt: Fixtures.now, lines: [Self.tshirt])
        #expect(SaleScreen.receive(&sale, Self.context, .parkedLoaded([parked])).1 == [.showParked([parked])])
        let rice = CartLine(code: "RIZ", label: "Riz", activity: .epicerie, unitPrice: Money(cents: 90))
        let outputs = SaleScreen.receive(&sale, Self.context, .resumed([Self.tshirt, rice])).1
        #expect(sale.cart.lines == [Self.tshirt, rice] && sale.selected == 1)
        #expect(outputs == [.status(.success("Ticket repris : 2 article(s), 1,90 €. Scannez la carte du foyer avant d'encaisser."))])
    }
}
