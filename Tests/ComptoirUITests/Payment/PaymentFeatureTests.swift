import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The payment feature on its own slice of the state: it reads the sale's ticket from its
/// context, changes only `PaymentState`, and asks the app for the rest (status, navigation,
/// the credit note brake) through its outputs.
@Suite struct PaymentFeatureTests {
    static let code = "AV-7KQ2-M9XD-T"

    /// A 6 € ticket for household 12, with a responsable's override.
    static var context: PaymentContext {
        PaymentContext(cart: PaymentScreenTests.withTicket().sale.cart, household: 12,
                       override: TicketDraft.Override(managerId: 3, reason: "colis d'urgence"),
                       user: Fixtures.camille, session: Fixtures.session, now: Fixtures.now)
    }

    static func typing(_ text: String, _ payment: inout PaymentState, _ context: PaymentContext = Self.context) {
        for c in text { _ = PaymentScreen.handle(&payment, context, .char(c)) }
    }

    @Test func openingStartsAfreshAndAsksToBeShown() {
        var payment = PaymentState()
        payment.payments = [Payment(method: .card, amount: Money(cents: 100))]
        let (effects, outputs) = PaymentScreen.open(&payment, Self.context)
        #expect(effects.isEmpty)
        #expect(payment == PaymentState())
        #expect(outputs.first == .show)
    }

    @Test func escapeDropsThePartsAndGoesBackToTheTicket() {
        var payment = PaymentState()
        Self.typing("2", &payment)
        _ = PaymentScreen.handle(&payment, Self.context, .function(2))
        #expect(payment.payments.count == 1)
        let (effects, outputs) = PaymentScreen.handle(&payment, Self.context, .escape)
        #expect(effects.isEmpty)
        #expect(payment == PaymentState())
        #expect(outputs == [.backToSale,
                            .status(.info("Retour au ticket : les paiements partiels sont annulés, rien n'a été encaissé."))])
    }

    @Test func theRestPaidAsksTheSaleToCommitTheTicketWithItsHouseholdAndOverride() {
        var payment = PaymentState()
        Self.typing("10", &payment)
        let (effects, outputs) = PaymentScreen.handle(&payment, Self.context, .enter)
        let cash = Payment(method: .cash, amount: Money(cents: 600), given: Money(cents: 1000), change: Money(cents: 400))
        let draft = TicketDraft(lines: Self.context.cart.lines, payments: [cash], household: 12,
                                override: TicketDraft.Override(managerId: 3, reason: "colis d'urgence"))
        #expect(effects == [.sale(.commitSale(draft, operatorId: Fixtures.camille.id, sessionId: Fixtures.session.id))])
        #expect(outputs == [.status(.info("Enregistrement de la vente…"))])
        #expect(payment.committing)
        #expect(PaymentScreen.handle(&payment, Self.context, .enter) == ([], []), "committed once")
    }

    @Test func withoutSessionNothingIsCommitted() {
        var context = Self.context
        context.session = nil
        var payment = PaymentState()
        let (effects, outputs) = PaymentScreen.handle(&payment, context, .function(2))
        #expect(effects.isEmpty && !payment.committing)
        #expect(outputs == [.status(.error("La caisse n'est pas ouverte : reconnectez-vous."))])
    }

    @Test func anUnknownCreditNoteIsCountedByTheAppsBrake() {
        var payment = PaymentState()
        _ = PaymentScreen.handle(&payment, Self.context, .function(11))
        Self.typing(Self.code, &payment)
        #expect(PaymentScreen.handle(&payment, Self.context, .enter).0 == [.payment(.lookUpCreditNote(Self.code))])
        let (effects, outputs) = PaymentScreen.receive(&payment, Self.context, .creditNoteChecked(code: Self.code, note: nil))
        #expect(effects.isEmpty)
        #expect(outputs == [.creditNoteMissed, .status(.error(PaymentScreen.unrecognized))])
        #expect(payment.asking == .creditNote)
    }

    @Test func theBrakeInTheContextHoldsTheNextLookUp() {
        var brake = CreditNoteBrake()
        for _ in 0..<CreditNoteBrake.free { brake.missed(at: Fixtures.now) }
        var context = Self.context
        context.creditNoteBrake = brake
        var payment = PaymentState()
        _ = PaymentScreen.handle(&payment, context, .function(11))
        Self.typing(Self.code, &payment, context)
        let (effects, outputs) = PaymentScreen.handle(&payment, context, .enter)
        #expect(effects.isEmpty)
        #expect(outputs == [.status(.error("Trop de codes d'avoir non reconnus : attendez 5 s avant le suivant, ou Échap."))])
    }

    @Test func aSpentCreditNoteNamesItsTicketAsTheTillShowsIt() {
        var context = Self.context
        context.trainingBase = 100
        var payment = PaymentState()
        payment.asking = .checkingCreditNote(Self.code)
        let note = CreditNote(code: Self.code, value: Money(cents: 400), issuedBy: 101, spentBy: 102)
        let outputs = PaymentScreen.receive(&payment, context, .creditNoteChecked(code: Self.code, note: note)).1
        #expect(outputs.first == .creditNoteRecognised)
        guard case .status(let status)? = outputs.last else { Issue.record("no status"); return }
        #expect(status.kind == .error && status.text.contains("ticket n° F-2"))
        #expect(payment.payments.isEmpty)
    }
}
