import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The first login of a responsable after a month ends proposes to close it.
@Suite struct PeriodDueTests {
    static let november = PeriodReport(
        kind: .month, period: "2026-10", sessions: [3, 4, 5], sales: 40, cancellations: 1, refunds: 0,
        byMethod: [.cash: Money(cents: 42_050)], byActivity: [.friperie: Money(cents: 42_050)], commission: .zero,
        sellersShare: .zero, counted: Money(cents: 42_050), variance: .zero, perpetualTotal: Money(cents: 1_042_050))

    /// Sophie logged in; the ledger answered with October to close.
    static func asked() -> (state: AppState, effects: [Effect]) {
        var state = Fixtures.atLogin()
        let effects = App.update(&state, .login(.loggedIn(Fixtures.sophie, Fixtures.session)))
        _ = App.update(&state, .closing(.periodDue(PeriodDue(report: november))))
        return (state, effects)
    }

    @Test func aResponsableIsAskedAndYesClosesThePeriodThenLooksForTheNext() {
        var (state, effects) = Self.asked()
        #expect(effects == [.closing(.findPeriodDue)])
        #expect(state.overlay == .confirm(.closePeriod(PeriodDue(report: Self.november))))
        let canvas = App.view(state)
        expectGolden(canvas, "confirm-close-period")
        #expect(canvas.text.contains("Le mois d'octobre 2026 est fini et ses 3 Z sont faits."))
        #expect(canvas.text.contains("La clôture fige ses chiffres : total 420,50 €."))
        #expect(state.press(.char("o")) == [.closing(.closePeriod(.month, period: "2026-10", operatorId: 3))])
        #expect(state.overlay == nil)
        let next = App.update(&state, .closing(.periodClosed(Self.november)))
        #expect(state.status == .success("Clôture du mois d'octobre 2026 enregistrée : 3 Z, total 420,50 €, total perpétuel 10 420,50 €."))
        #expect(next == [.closing(.findPeriodDue)], "the next month left open is looked for")
        #expect(App.update(&state, .closing(.periodDue(nil))) == [.closing(.findRetentionDue)])
        #expect(state.overlay == nil)
    }

    @Test func noLeavesItForTheNextLoginAndSaysTheCommand() {
        var (state, _) = Self.asked()
        #expect(state.press(.char("n")) == [.closing(.findRetentionDue)])
        #expect(state.overlay == nil && state.screen == .sale)
        #expect(state.status.text == "Clôture du mois d'octobre 2026 reportée : elle sera proposée à la prochaine connexion (ou : comptoir close month 2026-10).")
    }

    @Test func aBenevoleIsNeverAskedNorIsTrainingOrAnotherScreen() {
        var state = Fixtures.atLogin()
        #expect(App.update(&state, .login(.loggedIn(Fixtures.camille, Fixtures.session))).isEmpty)
        _ = App.update(&state, .closing(.periodDue(PeriodDue(report: Self.november))))
        #expect(state.overlay == nil, "a late answer does not ask a bénévole")
        var busy = Self.asked().state
        busy.overlay = nil
        busy.press(.alt("f"))
        _ = App.update(&busy, .closing(.periodDue(PeriodDue(report: Self.november))))
        #expect(busy.overlay == nil, "only over the sale or the opening of the till")
    }

    @Test func aMonthWithoutSessionsSaysSo() {
        var empty = Self.november
        empty.sessions = []
        empty.byActivity = [:]
        #expect(App.periodClosingQuestion(PeriodDue(report: empty)).first == "Le mois d'octobre 2026 est fini, sans session de caisse.")
        var march = empty
        march.period = "2026-03"
        #expect(PeriodDue(report: march).isOver == "Le mois de mars 2026 est fini" && PeriodDue(report: march).ofNamed == "du mois de mars 2026")
        let year = PeriodDue(report: PeriodReport(kind: .year, period: "2026", sessions: [1], sales: 1, cancellations: 0, refunds: 0,
                                                   byMethod: [:], byActivity: [:], commission: .zero, sellersShare: .zero,
                                                   counted: .zero, variance: .zero, perpetualTotal: .zero))
        #expect(App.periodClosingQuestion(year).first == "L'année 2026 est finie et son Z est fait.")
        #expect(year.ofNamed == "de l'année 2026")
    }

    static let retention = RetentionDue(periods: .legalDefaults, households: 3, sellers: 1, donorNames: 12)

    /// Sophie logged in, nothing to close; the retention periods were not applied this month.
    static func retentionAsked() -> AppState {
        var state = Fixtures.atLogin()
        _ = App.update(&state, .login(.loggedIn(Fixtures.sophie, Fixtures.session)))
        #expect(App.update(&state, .closing(.periodDue(nil))) == [.closing(.findRetentionDue)])
        _ = App.update(&state, .closing(.retentionDue(Self.retention)))
        return state
    }

    @Test func onceAMonthTheRetentionPeriodsAreProposedAfterTheClosings() {
        var state = Self.retentionAsked()
        #expect(state.overlay == .confirm(.applyRetention(Self.retention)))
        let canvas = App.view(state)
        expectGolden(canvas, "confirm-retention")
        #expect(canvas.text.contains("3 fiche(s) de foyer sans contact depuis 2 ans : effacées."))
        #expect(canvas.text.contains("1 déposant(s) sans location depuis 5 ans : pseudonyme."))
        #expect(state.press(.char("o")) == [.closing(.applyRetention(operatorId: Fixtures.sophie.id))])
        _ = App.update(&state, .closing(.retentionApplied(households: 3, sellers: 1, donorNames: 12)))
        #expect(state.status == .success("Durées de conservation appliquées : 3 fiche(s) de foyer effacée(s), 1 déposant(s) sous pseudonyme, 12 nom(s) de donateur effacé(s)."))
        // Already applied this month: nothing is asked.
        var done = Fixtures.atLogin()
        _ = App.update(&done, .login(.loggedIn(Fixtures.sophie, Fixtures.session)))
        _ = App.update(&done, .closing(.retentionDue(nil)))
        #expect(done.overlay == nil)
    }

    @Test func aPostponedClosingStillLeadsToTheRetentionQuestionAndNoPostponesIt() {
        var (state, _) = Self.asked()
        #expect(state.press(.char("n")) == [.closing(.findRetentionDue)])
        _ = App.update(&state, .closing(.retentionDue(Self.retention)))
        #expect(state.press(.char("n")).isEmpty && state.overlay == nil)
        #expect(state.status.text == "Durées de conservation pas appliquées : elles seront proposées à la prochaine connexion (ou : comptoir retention apply).")
        // A bénévole is never asked.
        var volunteer = Fixtures.atLogin()
        _ = App.update(&volunteer, .login(.loggedIn(Fixtures.camille, Fixtures.session)))
        #expect(App.update(&volunteer, .closing(.periodDue(nil))).isEmpty)
        _ = App.update(&volunteer, .closing(.retentionDue(Self.retention)))
        #expect(volunteer.overlay == nil)
    }
}
