import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

@Suite struct StatusWrapTests {
    @Test func wrapsAtSpacesOnAtMostThreeLines() {
        let text = String(repeating: "mot ", count: 60)
        let lines = Chrome.wrap(text, width: 20, indent: "  ", maxLines: 3)
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.count <= 20 })
        #expect(lines[0] == "mot mot mot mot mot")
        #expect(lines[1].hasPrefix("  mot"))
        #expect(Chrome.wrap("court", width: 20, indent: "  ", maxLines: 3) == ["court"])
    }

    @Test func lockedDatabaseMessageIsShownWhole() {
        var state = PaymentScreenTests.withTicket()
        let effects = state.press(.enter, .enter)
        let message = "Vente NON enregistrée : La base est occupée par un autre programme Comptoir (une autre caisse ou une sauvegarde en cours). Rien n'a été enregistré : attendez quelques secondes et réessayez."
        _ = App.update(&state, .failed(message, request: effects[0]))
        let text = App.view(state).text
        #expect(text.contains("attendez quelques secondes et réessayez."))
        #expect(text.contains("✘ Vente NON enregistrée"))
    }
}
