import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The closing feature on its own slice of the state: it changes only `ClosingState` and
/// asks the app for the rest (status, approval, navigation) through its outputs.
@Suite struct ClosingFeatureTests {
    static let context = ClosingContext(session: Fixtures.session, receipts: .ask(default: false), training: false,
                                        timeZone: Fixtures.context().timeZone, isShown: true)

    @Test func openingAsksTheXAndToBeShown() {
        var closing = ClosingState()
        closing.focus = 4
        let (effects, outputs) = ClosingScreen.open(&closing, Self.context, forgotten: false)
        #expect(effects == [.closing(.loadSessionReport(sessionId: Fixtures.session.id))])
        #expect(outputs.first == .show)
        #expect(closing.focus == 0)
    }

    @Test func withoutSessionNothingOpens() {
        var closing = ClosingState()
        var context = Self.context
        context.session = nil
        let (effects, outputs) = ClosingScreen.open(&closing, context, forgotten: false)
        #expect(effects.isEmpty)
        #expect(outputs == [.status(.error("La caisse n'est pas ouverte : rien à clôturer."))])
    }

    @Test func escapeGoesBackToSaleUnlessTheSessionIsForgotten() {
        var closing = ClosingState()
        #expect(ClosingScreen.handle(&closing, Self.context, .escape).1.first == .backToSale)
        closing.forgotten = true
        let outputs = ClosingScreen.handle(&closing, Self.context, .escape).1
        #expect(!outputs.contains(.backToSale))
        #expect(outputs.count == 1)
    }

    @Test func theZIsAskedOfAResponsableWithTheCount() {
        var closing = ClosingState()
        closing.report = ClosingScreenTests.report
        closing.counts[0] = TextField("2", maxLength: 6, digitsOnly: true)
        let (effects, outputs) = ClosingScreen.handle(&closing, Self.context, .function(5))
        #expect(effects.isEmpty)
        guard case .askApproval(.closeSession(let id, let count, nil), _)? = outputs.first else {
            Issue.record("\(outputs)"); return
        }
        #expect(id == Fixtures.session.id)
        #expect(count.total == Money(cents: 100_000))
    }

    @Test func theClosedSessionIsHandedToTheApp() {
        var closing = ClosingState()
        closing.counts[3] = TextField("1", maxLength: 6, digitsOnly: true)
        let z = ClosingReport(report: ClosingScreenTests.report, count: CashCount(pieces: [:]), counted: Money(cents: 8_250),
                              variance: .zero, comment: nil, closedAt: Fixtures.now, closedBy: "Sophie", journalSeq: 40)
        let (effects, outputs) = ClosingScreen.receive(&closing, Self.context, .sessionClosed(z, backup: .failed(reason: "disque plein")))
        #expect(effects.isEmpty)
        #expect(closing == ClosingState())
        #expect(outputs.prefix(2) == [.approvalDone, .sessionClosed])
        guard case .status(let status)? = outputs.last else { Issue.record("no status"); return }
        #expect(status.kind == .error && status.text.contains("disque plein"))
    }

    @Test func aDropReloadsTheXOnlyWhenTheClosingScreenIsShown() {
        var closing = ClosingState()
        var context = Self.context
        #expect(ClosingScreen.receive(&closing, context, .cashDropped(Money(cents: 20_000), by: "Sophie")).0
            == [.closing(.loadSessionReport(sessionId: Fixtures.session.id))])
        context.isShown = false
        #expect(ClosingScreen.receive(&closing, context, .cashDropped(Money(cents: 20_000), by: "Sophie")).0.isEmpty)
    }

    @Test func theKeyTableFollowsTheScreen() {
        var closing = ClosingState()
        var context = Self.context
        #expect(ClosingScreen.hints(closing, context).map(\.key) == ["↑↓", "Tab", "F2", "F3", "F4", "F5", "Échap"])
        #expect(ClosingScreen.hints(closing, context).first { $0.key == "F4" }?.label == "Graphique")
        closing.chart = true
        closing.forgotten = true
        context.receipts = .noPrinter
        #expect(ClosingScreen.hints(closing, context).map(\.key) == ["↑↓", "Tab", "F3", "F4", "F5"])
        #expect(ClosingScreen.hints(closing, context).first { $0.key == "F4" }?.label == "Comptage")
        // Without a printer F2 does nothing; ↑ goes back, ↓ and Entrée forward.
        #expect(ClosingScreen.handle(&closing, context, .function(2)) == ([], []))
        closing.focus = 3
        _ = ClosingScreen.handle(&closing, context, .up)
        #expect(closing.focus == 2)
        _ = ClosingScreen.handle(&closing, context, .enter)
        _ = ClosingScreen.handle(&closing, context, .down)
        #expect(closing.focus == 4)
        _ = ClosingScreen.handle(&closing, context, .alt("G"))
        #expect(closing.chart == false)
    }
}
