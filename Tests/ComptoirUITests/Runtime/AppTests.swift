import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

@Suite struct AppTests {
    @Test func helpListsTheKeysOfTheCurrentScreen() {
        var state = Fixtures.atSale()
        state.press(.function(1))
        #expect(state.overlay == .help)
        let text = App.view(state).text
        #expect(text.contains("Aide — touches de cet écran"))
        #expect(text.contains("F5 ou Alt+E"))
        #expect(text.contains("F8 ou Alt+U       Change votre code PIN (écran Utilisateurs)"),
                "a bénévole opens the users screen for their own PIN only")
        state.press(.char("x"))
        #expect(state.overlay == nil)
        #expect(state.sale.code.isEmpty, "the key that closes the help is not typed")
        expectGolden(App.view({ var s = Fixtures.atSale(); s.press(.function(1)); return s }()), "help-sale")
    }

    @Test func quittingAsksFirst() {
        var state = Fixtures.atSale()
        state.type("1", then: .enter)
        state.press(.function(10))
        #expect(state.overlay == .confirm(.quit))
        #expect(App.view(state).text.contains("ne sera pas enregistré"))
        #expect(state.press(.escape).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.press(.ctrl("c")).isEmpty)
        // Whoever is logged in leaves with the program: journaled before it stops.
        #expect(state.press(.char("o")) == [.login(.logout(userId: Fixtures.camille.id, quitting: true)), .quit])
    }

    @Test func quittingFromTheLoginScreenLogsNobodyOut() {
        var state = Fixtures.atSale()
        state.press(.function(9))
        #expect(state.screen == .login)
        state.press(.function(10))
        #expect(state.press(.char("o")) == [.quit])
    }

    @Test func tooSmallTerminalSaysSo() {
        var state = Fixtures.atSale()
        _ = App.update(&state, .resize(width: 60, height: 20))
        let text = App.view(state).text
        #expect(text.contains("Fenêtre trop petite."))
        #expect(text.contains("(actuellement 60 × 20)"))
        _ = App.update(&state, .resize(width: 100, height: 30))
        #expect(App.view(state).text.contains("TOTAL"))
    }

    @Test func keysBehindTheSmallWindowDoNothingButQuit() {
        var state = Fixtures.atSale()
        state.type("1", then: .enter)
        let before = state
        _ = App.update(&state, .resize(width: 70, height: 20))
        // Entrée twice would take the payment and record the sale: here it does nothing.
        for key: Key in [.char("2"), .enter, .enter, .function(5), .alt("z"), .function(1), .escape] {
            #expect(state.press(key).isEmpty)
        }
        #expect(state.sale == before.sale && state.screen == .sale && state.overlay == nil)
        #expect(App.view(state).text.contains("Les touches n'agissent pas. F10 : quitter."))
        state.press(.function(10))
        #expect(App.view(state).text.contains("Quitter Comptoir ?"))
        #expect(App.view(state).text.contains("Le ticket en cours ne sera pas enregistré."))
        state.press(.char("n"))
        #expect(state.overlay == nil)
        state.press(.ctrl("c"))
        #expect(state.press(.char("o")) == [.login(.logout(userId: Fixtures.camille.id, quitting: true)), .quit])
    }

    @Test func clockIsInParisTime() {
        #expect(Chrome.clock(Fixtures.now, TimeZone(identifier: "Europe/Paris")!) == "23/11/2026 18:05")
    }
}
