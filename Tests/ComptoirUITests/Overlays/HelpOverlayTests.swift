import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// F1: complete (every key of the screen's table) and scrolling at 80×24.
@Suite struct HelpOverlayTests {
    static var helpVisits: [Visit] { ScreenTour.all.filter { $0.name.hasPrefix("help over ") } }

    @Test func everyScreensHelpNamesEveryKeyOfItsTable() {
        #expect(Self.helpVisits.count >= ScreenTour.ScreenCase.allCases.count)
        for visit in Self.helpVisits {
            let named = Set(HelpOverlay.rows(App.hints(visit.state, for: .help)).flatMap { row in
                row.keys.replacingOccurrences(of: " ou ", with: ", ").components(separatedBy: ", ")
            })
            let acting = HelpKeys.acting(visit.state)
            #expect(!acting.isEmpty)
            for key in acting {
                #expect(named.contains(key), "\(visit.name): \(key) is not in the help")
            }
        }
    }

    /// The help's own wrap keeps « 12,50 € », « F2 : carte », « oui ! » and « « fin » » whole.
    @Test func theHelpWrapNeverOrphansFrenchPunctuation() {
        let text = "Encaisse le ticket en cours quand le client a payé 12,50 € : F2 carte ; F3 chèque ; "
            + "Entrée espèces ! Le reste à rendre s'affiche en grand ? Oui, sous « À RENDRE » jusqu'au ticket suivant."
        for width in 20...60 {
            let lines = OverlayScreen.wrap(text, width: width)
            #expect(lines.joined(separator: " ") == text, "width \(width): nothing lost")
            for (i, line) in lines.enumerated() {
                #expect(line.count <= width, "width \(width): « \(line) »")
                #expect(!(line.first.map { "€:;!?»".contains($0) } ?? false), "width \(width): « \(line) » starts with punctuation")
                #expect(!(i < lines.count - 1 && line.hasSuffix("«")), "width \(width): « \(line) » ends with «")
                #expect(!line.contains("\u{00A0}"), "plain spaces on screen")
            }
        }
        // A glued group wider than the line still breaks rather than overflow.
        #expect(OverlayScreen.wrap("abcdefgh : ijklmnop", width: 10) == ["abcdefgh :", "ijklmnop"])
        #expect(OverlayScreen.wrap("abcdefghij : ijklmnop", width: 10) == ["abcdefghij", ": ijklmnop"])
    }

    @Test func noHelpLineStartsWithFrenchPunctuation() {
        for visit in Self.helpVisits {
            for line in HelpOverlay.lines(visit.state) {
                let body = line.drop { $0 == " " }
                #expect(!(body.first.map { "€:;!?»".contains($0) } ?? false), "\(visit.name): « \(line) »")
            }
        }
    }

    @Test func theSaleHelpNamesTheDerogationAndTheArrowsEvenWhenNothingIsRefused() {
        var state = Fixtures.atSale()
        state.press(.function(1))
        let text = HelpOverlay.lines(state).joined(separator: "\n")
        #expect(text.contains("Alt+G"))
        #expect(text.contains("Un responsable autorise ce que les règles refusent"))
        #expect(text.contains("F4, Suppr ou Alt+S"), "a second key of the same action shares its row")
        #expect(text.contains("F10, Alt+X, Ctrl+Q ou Ctrl+C"))
        #expect(text.contains("Pg↓"))
        #expect(App.hints(state).allSatisfy { $0.key != "Alt+G" }, "the key bar still shows Alt+G only when it helps")
    }

    @Test func theSellerPageHelpNamesAltC() {
        var state = ConsignmentScreenTests.atBoard()
        _ = App.update(&state, .consignment(.sellerPageLoaded(ConsignmentScreenTests.page(), message: nil)))
        state.press(.function(1))
        #expect(HelpOverlay.lines(state).contains { $0.hasPrefix("Alt+C ") })
    }

    @Test func theHelpScrollsAndEscapeClosesIt() {
        var state = Fixtures.atSale()
        state.press(.function(1))
        let all = HelpOverlay.lines(state)
        let rows = HelpOverlay.rowsShown(state)
        #expect(all.count > rows, "the sale's help is longer than one page at 80×24")
        #expect(App.view(state).text.contains("▼"))
        state.press(.down)
        #expect(state.helpTop == 1 && state.overlay == .help)
        state.press(.up, .up)
        #expect(state.helpTop == 0)
        state.press(.pageDown)
        #expect(state.helpTop == min(rows - 1, all.count - rows))
        state.press(.end)
        #expect(state.helpTop == all.count - rows)
        let end = App.view(state)
        #expect(end.text.contains(all.last!), "the last line shows at the end")
        #expect(end.text.contains("sur \(all.count))"))
        state.press(.pageDown, .down)
        #expect(state.helpTop == all.count - rows, "it stops at the end")
        expectGolden(end, "help-sale-end")
        state.press(.pageUp)
        #expect(state.helpTop == all.count - rows - (rows - 1) || state.helpTop == 0)
        state.press(.escape)
        #expect(state.overlay == nil && state.helpTop == 0)
        state.press(.function(1))
        #expect(state.helpTop == 0, "it opens at its top again")
        state.press(.char("x"))
        #expect(state.overlay == nil && state.sale.code.isEmpty, "any other key closes it, untyped")
    }

    /// The tour's states with a key table of their own (the others repeat one).
    static let goldenNames: Set<String> = [
        "setup", "login", "open-till", "sale-empty-manager", "sale-grocery-refused", "payment", "payment-credit-note",
        "refund", "users", "users-add", "users-own-pin", "households", "household-file", "rules", "stock", "stock-arrival",
        "box-board", "sellers", "seller-page", "consignment-item", "consignment-rental", "seller-statement", "closing",
        "closing-chart", "friperie", "friperie-chart",
    ]

    /// F1 over every screen (each mode with its own key table), first page; the bénévole's
    /// empty sale is `help-sale`.
    @Test func goldenHelpOverEveryScreen() {
        for visit in Self.helpVisits where Self.goldenNames.contains(String(visit.name.dropFirst("help over ".count))) {
            let name = "help-" + visit.name.dropFirst("help over ".count)
            expectGolden(App.view(visit.state), String(name))
        }
    }

    @Test func thePaymentHintsFitAt80Columns() {
        var state = PaymentScreenTests.withTicket()
        state.press(.enter)
        let text = App.view(state).text
        #expect(text.contains("Sans montant, la touche paie tout le reste. F11 : avoir (pris en entier)."))
    }
}
