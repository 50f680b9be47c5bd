import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The closing screen: the X, the drawer counted by denomination, the Z by a responsable,
/// and a session forgotten on an earlier day.
@Suite struct ClosingScreenTests {
    static let report = SessionReport(
        sessionId: 7, till: "Caisse 1", openedAt: Fixtures.session.openedAt, float: Money(cents: 5_000), sales: 12,
        cancellations: 1, refunds: 1,
        byMethod: [.cash: Money(cents: 4_250), .card: Money(cents: 3_100)],
        byActivity: [.friperie: Money(cents: 4_350), .videGreniers: Money(cents: 2_000), .loyer: Money(cents: 1_000)],
        commission: Money(cents: 500), sellersShare: Money(cents: 1_500), cashPayouts: Money(cents: 1_000),
        otherCashMovements: .zero, perpetualTotal: Money(cents: 1_234_567))

    static func atClosing() -> AppState {
        var state = Fixtures.atSale()
        #expect(state.press(.alt("z")) == [.closing(.loadSessionReport(sessionId: 7))])
        _ = App.update(&state, .closing(.sessionReportLoaded(report)))
        return state
    }

    @Test func theCountShowsTheVarianceAsItIsTyped() {
        var state = Self.atClosing()
        // Expected: 50,00 + 42,50 − 10,00 = 82,50 €.
        #expect(Self.report.expectedCash == Money(cents: 8_250))
        state.press(.down, .down, .down)  // 50 €
        state.type("1", then: .down, .down)  // 10 €
        state.type("3", then: .down, .down, .down)  // 1 €
        state.type("2", then: .down)  // 50 c
        state.type("1")
        let canvas = App.view(state)
        expectGolden(canvas, "closing")
        #expect(state.closing.count.total == Money(cents: 8_250))
        #expect(canvas.text.contains("Écart                         0,00 €"))
        state.press(.backspace)
        let short = App.view(state)
        #expect(short.text.contains("Écart                        -0,50 €"))
        let row = (0..<short.height).first { short.row($0).contains("Écart") }!
        #expect(short[30, row].style == .error)
    }

    @Test func aCountWithLettersIsRefusedAndTheZNeedsAResponsable() {
        var state = Self.atClosing()
        state.type("1")
        state.press(.function(5))
        guard case .approval(let form)? = state.overlay else { Issue.record("no approval"); return }
        #expect(form.purpose == .closeSession(sessionId: 7, count: CashCount(pieces: [50_000: 1]), comment: nil))
        #expect(form.managers.map(\.firstName) == ["Sophie"])
        // Untouched, the Z's default reason adds nothing to its comment; typed words do.
        state.type("3333")
        #expect(state.press(.enter).first.map { $0.approval?.reason == "" } == true)
        state.press(.tab)
        state.type(" tardive")
        state.press(.tab)
        state.type("3333")
        #expect(state.press(.enter).first.map { $0.approval?.reason == "clôture du jour tardive" } == true)
        state.press(.escape)
        // Letters never reach a count field (digits only), so the count stays a number.
        state.press(.backspace)
        state.type("1a2")
        #expect(state.closing.counts[0].text == "12")
    }

    @Test func theZClosesTheSessionAndAsksForTheNextFloat() {
        var state = Self.atClosing()
        let z = ClosingReport(report: Self.report, count: CashCount(pieces: [5_000: 1]), counted: Money(cents: 5_000),
                              variance: Money(cents: -3_250), comment: nil, closedAt: Fixtures.now, closedBy: "Sophie", journalSeq: 99)
        #expect(App.update(&state, .closing(.sessionClosed(z))).isEmpty, "a bénévole at the till: nothing more is asked")
        #expect(state.session == nil && state.screen == .openTill)
        #expect(state.status.text == "Z de la session n° 7 enregistré (écart -32,50 €). Comptez le fond de caisse pour rouvrir.")
        #expect(state.status.kind == .success)
        // A responsable's own Z looks for a month to close, then the retention periods.
        var manager = Self.atClosing()
        manager.user = Fixtures.sophie
        #expect(App.update(&manager, .closing(.sessionClosed(z))) == [.closing(.findPeriodDue)])
    }

    @Test func theBackupAfterTheZIsSaidAndAFailedOneIsAnError() {
        let z = ClosingReport(report: Self.report, count: CashCount(pieces: [5_000: 1]), counted: Money(cents: 5_000),
                              variance: .zero, comment: nil, closedAt: Fixtures.now, closedBy: "Sophie", journalSeq: 99)
        var state = Self.atClosing()
        _ = App.update(&state, .closing(.sessionClosed(z, backup: .saved(fileName: "comptoir-2026-11-23.sqlite"))))
        #expect(state.status.kind == .success)
        #expect(state.status.text.contains("sans écart). Sauvegarde : comptoir-2026-11-23.sqlite. Comptez"))
        state = Self.atClosing()
        _ = App.update(&state, .closing(.sessionClosed(z, backup: .failed(reason: "le dossier n'existe pas"))))
        #expect(state.status.kind == .error)
        #expect(state.status.text.contains("Sauvegarde impossible : le dossier n'existe pas"))
    }

    @Test func aSessionLeftOpenOnAnEarlierDayIsClosedFirst() {
        var state = Fixtures.atLogin()
        let yesterday = OpenSession(id: 6, openedAt: Fixtures.now.addingTimeInterval(-86_400), float: Money(cents: 5_000))
        let effects = App.update(&state, .login(.loggedIn(Fixtures.camille, yesterday)))
        #expect(effects == [.closing(.loadSessionReport(sessionId: 6))])
        #expect(state.screen == .closing && state.closing.forgotten)
        #expect(state.status.text.hasPrefix("La session du 22/11/2026 18:05 n'a pas été clôturée"))
        state.press(.escape)
        #expect(state.screen == .closing)
    }

    @Test func aDropIsTypedThenAllowedByAResponsable() {
        var state = Self.atClosing()
        state.press(.function(3))
        state.type("2OO")  // two letters O
        #expect(state.press(.enter).isEmpty)
        #expect(state.status.text == "Montant prélevé : tapez un montant, par exemple 200.")
        state.press(.backspace, .backspace)
        state.type("00", then: .enter)
        guard case .approval(let form)? = state.overlay else { Issue.record("no approval"); return }
        #expect(form.purpose == .cashDrop(Money(cents: 20_000)))
        #expect(App.update(&state, .closing(.cashDropped(Money(cents: 20_000), by: "Sophie"))) == [.closing(.loadSessionReport(sessionId: 7))])
        #expect(state.overlay == nil && state.status.text.hasPrefix("Prélèvement de 200,00 € autorisé par Sophie"))
    }

    @Test func theChartOfTheDayShowsHoursAndActivities() {
        var state = Fixtures.atSale()
        state.press(.alt("z"))
        var report = Self.report
        report.byHour = [9: Money(cents: 1_200), 10: Money(cents: 3_000), 12: Money(cents: 450), 14: Money(cents: 2_700)]
        _ = App.update(&state, .closing(.sessionReportLoaded(report)))
        state.press(.function(4))
        let canvas = App.view(state)
        expectGolden(canvas, "closing-chart")
        #expect(canvas.row(5).contains("10h      ██████████████") && canvas.row(5).trimmingCharacters(in: .whitespaces).hasSuffix("30,00 €"))
        #expect(canvas.row(6).contains("11h ") && canvas.row(6).contains("0,00 €"))
        #expect(canvas.text.contains("Friperie ██████████████"))
        state.press(.function(4))
        #expect(!state.closing.chart)
    }
}
