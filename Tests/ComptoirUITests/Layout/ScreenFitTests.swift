import Foundation
import Testing
@testable import ComptoirUI

/// Every screen and overlay at the smallest window the till accepts.
@Suite struct ScreenFitTests {
    /// Checks a screen is known to fail, each a finding for the screen's own issue: the
    /// test expects the failure, and says so when the screen is fixed.
    static let known: [String: Set<ScreenFit.Check>] = {
        let known: [String: Set<ScreenFit.Check>] = [:]
        return known
    }()

    @Test func everyScreenFitsAt80x24() {
        let visits = ScreenTour.all
        #expect(Set(visits.map { ScreenTour.ScreenCase($0.state.screen) }) == Set(ScreenTour.ScreenCase.allCases))
        #expect(Set(visits.compactMap { $0.state.overlay.map(ScreenTour.OverlayCase.init) }) == Set(ScreenTour.OverlayCase.allCases))
        for visit in visits {
            for check in ScreenFit.Check.allCases {
                let problems = ScreenFit.problems(visit, check)
                if Self.known[visit.name]?.contains(check) == true {
                    withKnownIssue("\(visit.name): \(check)") {
                        for problem in problems { Issue.record("\(visit.name), \(check): \(problem)") }
                    }
                } else {
                    for problem in problems { Issue.record("\(visit.name), \(check): \(problem)") }
                }
            }
        }
    }

    @Test func eachVisitIsOnTheScreenItIsListedFor() {
        for screen in ScreenTour.ScreenCase.allCases {
            for visit in ScreenTour.visits(screen) {
                #expect(ScreenTour.ScreenCase(visit.state.screen) == screen && visit.state.overlay == nil, "\(visit.name)")
            }
        }
        for overlay in ScreenTour.OverlayCase.allCases {
            for visit in ScreenTour.visits(overlay) {
                #expect(visit.state.overlay.map(ScreenTour.OverlayCase.init) == overlay, "\(visit.name)")
            }
        }
        for visit in ScreenTour.all where visit.name.hasPrefix("help over ") {
            #expect(visit.state.overlay == .help, "F1 opens the help on every screen: \(visit.name)")
        }
        let names = ScreenTour.all.map(\.name)
        #expect(Set(names).count == names.count, "each visit has its own name")
    }

    @Test func theChecksSeeACutMessageAndAnOverlappedRow() {
        var state = Fixtures.atSale()
        state.status = .error(String(repeating: "trop long ", count: 30))
        #expect(!ScreenFit.problems(Visit(name: "long", state: state), .statusWhole).isEmpty)
        #expect(!ScreenFit.problems(Visit(name: "long", state: state), .nothingUnderStatus).isEmpty,
                "three status lines cover the sale's hint row")
        #expect(ScreenFit.problems(Visit(name: "sale", state: Fixtures.atSale()), .statusWhole).isEmpty)
        var small = Fixtures.atSale()
        _ = App.update(&small, .resize(width: 60, height: 20))
        #expect(ScreenFit.problems(Visit(name: "small", state: small), .size) == ["60×20"])
    }
}
