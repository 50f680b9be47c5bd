import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// A busy day: 5 payment methods, 4 activities, a payout and a drop. At 80×24 the figures
/// page (Pg↑ Pg↓) and expected, counted and variance stay on screen; F7 reprints the last Z.
@Suite struct ClosingPagingTests {
    static let report = SessionReport(
        sessionId: 7, till: "Caisse 1", openedAt: Fixtures.session.openedAt, float: Money(cents: 5_000), sales: 48,
        cancellations: 2, refunds: 1,
        byMethod: [.cash: Money(cents: 31_250), .card: Money(cents: 20_400), .cheque: Money(cents: 4_500),
                   .voucher: Money(cents: 2_000), .creditNote: Money(cents: 850)],
        byActivity: [.epicerie: Money(cents: 12_000), .friperie: Money(cents: 28_000), .videGreniers: Money(cents: 15_000),
                     .loyer: Money(cents: 4_000)],
        commission: Money(cents: 3_000), sellersShare: Money(cents: 12_000), cashPayouts: Money(cents: 6_000),
        otherCashMovements: Money(cents: -20_000), perpetualTotal: Money(cents: 1_234_567))

    static func atClosing(height: Int = 24) -> AppState {
        var state = Fixtures.atSale()
        state.height = height
        state.press(.alt("z"))
        _ = App.update(&state, .closing(.sessionReportLoaded(report)))
        return state
    }

    @Test func theKeyFiguresStayAndTheRestPages() {
        var state = Self.atClosing()
        state.type("1")  // one 500 € note
        let top = App.view(state)
        expectGolden(top, "closing-busy-top")
        #expect(top.text.contains("Espèces attendues           102,50 €"))
        #expect(top.text.contains("Espèces comptées            500,00 €"))
        #expect(top.text.contains("Écart                       397,50 €"))
        #expect(top.text.contains("Pg↓ Autres chiffres"))
        #expect(!top.text.contains("Prélèvements"))
        state.press(.pageDown)
        let scrolled = App.view(state)
        expectGolden(scrolled, "closing-busy-scrolled")
        #expect(scrolled.text.contains("Prélèvements               -200,00 €"))
        #expect(scrolled.text.contains("Reversements                -60,00 €"))
        #expect(scrolled.text.contains("Espèces attendues           102,50 €"))
        #expect(!scrolled.text.contains("Espèces           "))
        state.press(.pageDown)
        #expect(App.view(state) == scrolled)
        state.press(.pageUp)
        #expect(App.view(state) == top)
        // The count still answers ↑↓ and the typed digits.
        #expect(state.closing.counts[0].text == "1")
    }

    @Test func aTallerWindowShowsEverythingWithoutPaging() {
        let state = Self.atClosing(height: 30)
        let canvas = App.view(state)
        #expect(canvas.text.contains("Prélèvements") && canvas.text.contains("Espèces   ") && canvas.text.contains("Écart"))
        #expect(!canvas.text.contains("Pg↓"))
    }

    @Test func aDropIsTypedOverTheCommentWhenTheFiguresFillTheColumn() {
        var state = Self.atClosing()
        state.press(.function(3))
        state.type("50")
        let canvas = App.view(state)
        #expect(canvas.row(19).contains("Montant prélevé : 50"))
        #expect(canvas.text.contains("Écart"))
    }

    @Test func f7ReprintsTheLastZOnlyWithAPrinter() {
        var state = Self.atClosing()
        #expect(state.press(.function(7)).isEmpty)
        state.context.receipts = .ask(default: false)
        #expect(state.press(.function(7)) == [.closing(.reprintZ(sessionId: nil, operatorId: Fixtures.camille.id))])
        #expect(state.status.text == "Impression du duplicata du dernier Z…")
        #expect(ClosingScreen.hints(state.closing, state.closingContext).contains { $0.label == "Duplicata du Z" })
    }

    @Test func rightAfterTheZF7ReprintsItFromTheOpening() {
        var state = Self.atClosing()
        state.context.receipts = .ask(default: false)
        let z = ClosingReport(report: Self.report, count: CashCount(pieces: [:]), counted: .zero, variance: Money(cents: -10_250),
                              comment: nil, closedAt: Fixtures.now, closedBy: "Sophie", journalSeq: 99)
        _ = App.update(&state, .closing(.sessionClosed(z)))
        #expect(state.screen == .openTill)
        #expect(state.press(.function(7)) == [.closing(.reprintZ(sessionId: nil, operatorId: Fixtures.camille.id))])
        state.context.receipts = .noPrinter
        #expect(state.press(.function(7)).isEmpty)
    }
}

/// A till that starts again finds its last ticket in the ledger.
@Suite struct RestartTests {
    static let last = RecordedTicket(number: 42, total: Money(cents: 1_250), at: Fixtures.now.addingTimeInterval(-600))

    @Test func f7AfterARestartHasTheLastTicket() {
        var state = Fixtures.atLogin()
        App.restarted(&state, lastTicket: Self.last, sessionLeftOpen: false)
        #expect(state.lastTicket == 42)
        #expect(state.status.text.isEmpty)
    }

    @Test func aSessionLeftOpenSaysTheLastTicketRecorded() {
        var state = Fixtures.atLogin()
        App.restarted(&state, lastTicket: Self.last, sessionLeftOpen: true)
        #expect(state.status.text == "Dernier ticket enregistré à cette caisse : n° 42, 12,50 € à 17:55.")
        #expect(App.view(state).text.contains("Dernier ticket enregistré à cette caisse : n° 42, 12,50 € à 17:55."))
        var old = Fixtures.atLogin()
        App.restarted(&old, lastTicket: RecordedTicket(number: 3, total: Money(cents: 500), at: Fixtures.now.addingTimeInterval(-86_400)),
                      sessionLeftOpen: true)
        #expect(old.status.text == "Dernier ticket enregistré à cette caisse : n° 3, 5,00 € le 22/11 à 18:05.")
    }

    @Test func noTicketNothingSaid() {
        var state = Fixtures.atLogin()
        App.restarted(&state, lastTicket: nil, sessionLeftOpen: true)
        #expect(state.lastTicket == nil && state.status.text.isEmpty)
    }
}
