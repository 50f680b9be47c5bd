import Testing
import ComptoirCore
@testable import ComptoirUI

/// The printer's state on the status line: said when it changes, not at every poll.
@Suite struct PrinterStateTests {
    @Test func onlyAChangeIsSaid() {
        var state = Fixtures.atSale()
        state.status = .info("Avant.")
        _ = App.update(&state, .printerPolled(.ready))
        #expect(state.status.text == "Avant.", "a ready printer at the first poll says nothing")
        _ = App.update(&state, .printerPolled(.paperOut))
        #expect(state.status.kind == .error && state.status.text.contains("plus de papier"))
        state.status = .info("Vente n° 3 enregistrée.")
        _ = App.update(&state, .printerPolled(.paperOut))
        #expect(state.status.text == "Vente n° 3 enregistrée.", "the same state again is not repeated")
        _ = App.update(&state, .printerPolled(.ready))
        #expect(state.status.kind == .success && state.status.text == "Imprimante prête.")
        _ = App.update(&state, .printerPolled(.coverOpen))
        #expect(state.status.text.contains("capot"))
        _ = App.update(&state, .printerPolled(.notAnswering))
        #expect(state.status.text.contains("ne répond plus"))
        _ = App.update(&state, .printerPolled(.paperNearEnd))
        #expect(state.status.kind == .info && state.status.text.contains("presque fini"))
    }

    @Test func theLoginScreensLineIsLeftAlone() {
        var state = Fixtures.atLogin()
        state.status = .info("Dernier ticket enregistré à cette caisse : n° 12, 8,00 € à 14:32.")
        _ = App.update(&state, .printerPolled(.paperOut))
        #expect(state.status.text.hasPrefix("Dernier ticket") && state.printerState == nil)
    }
}
