import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

@Suite struct LoginScreenTests {
    @Test func startAsksForUsers() {
        let (state, effects) = App.start(context: Fixtures.context(), width: 80, height: 24, now: Fixtures.now)
        #expect(effects == [.loadUsers])
        #expect(state.screen == .login)
    }

    @Test func goldenLoginInDemo() {
        var state = Fixtures.atLogin()
        state.type("11")
        expectGolden(App.view(state), "login-demo")
    }

    @Test func demoPinsOnlyInDemo() {
        let real = App.view(Fixtures.atLogin(demo: false)).text
        #expect(!real.contains("1111"))
        #expect(!real.contains("DÉMONSTRATION"))
        let demo = App.view(Fixtures.atLogin(demo: true)).text
        #expect(demo.contains("démo : code 1111"))
        #expect(demo.contains("DÉMONSTRATION"))
    }

    @Test func pinIsMaskedOnScreen() {
        var state = Fixtures.atLogin(demo: false)
        state.type("4711")
        let text = App.view(state).text
        #expect(!text.contains("4711"))
        #expect(text.contains("••••"))
    }

    @Test func enterSendsPinOfSelectedUser() {
        var state = Fixtures.atLogin()
        state.press(.down)
        let effects = state.type("2222", then: .enter)
        #expect(effects == [.authenticate(userId: 2, pin: "2222")])
        #expect(state.login.pin.isEmpty)
    }

    @Test func lettersAreNotTypedIntoThePin() {
        var state = Fixtures.atLogin()
        state.type("1a")
        #expect(state.login.pin.text == "1")
        #expect(state.status.kind == .error)
    }

    @Test func emptyPinAsksForIt() {
        var state = Fixtures.atLogin()
        let effects = state.press(.enter)
        #expect(effects.isEmpty)
        #expect(state.status.text.contains("Tapez votre code PIN"))
    }

    @Test func wrongPinsMakeTheTillWaitLongerAndLonger() {
        var state = Fixtures.atLogin()
        for _ in 0..<2 {
            _ = App.update(&state, .loginRefused)
            #expect(state.login.lockedUntil == nil)
        }
        #expect(state.status.text.contains("Code PIN incorrect"))
        _ = App.update(&state, .loginRefused)
        #expect(state.login.lockedUntil == Fixtures.now.addingTimeInterval(2))
        // While locked, Entrée checks nothing.
        let effects = state.type("1111", then: .enter)
        #expect(effects.isEmpty)
        #expect(state.status.text.contains("Patientez 2 s"))
        _ = App.update(&state, .tick(Fixtures.now.addingTimeInterval(3)))
        #expect(state.type("1111", then: .enter) == [.authenticate(userId: 1, pin: "1111")])
        _ = App.update(&state, .loginRefused)
        #expect(state.login.lockedUntil == Fixtures.now.addingTimeInterval(3 + 4))
        #expect(LoginState.delay(afterFailures: 20) == 60)
    }

    @Test func loginWithoutOpenSessionAsksForTheFloat() {
        var state = Fixtures.atLogin()
        _ = App.update(&state, .loggedIn(Fixtures.camille, nil))
        #expect(state.screen == .openTill)
        #expect(state.type("abc", then: .enter).isEmpty)
        #expect(state.status.kind == .error)
        state.openTill.float.clear()
        #expect(state.type("52,30", then: .enter) == [.openSession(float: Money(cents: 5230), operatorId: 1)])
        _ = App.update(&state, .sessionOpened(Fixtures.session))
        #expect(state.screen == .sale)
        #expect(state.status.text.contains("50,00 €"))
    }

    @Test func loginWithOpenSessionGoesToTheSale() {
        var state = Fixtures.atLogin()
        _ = App.update(&state, .loggedIn(Fixtures.camille, Fixtures.session))
        #expect(state.screen == .sale)
        #expect(state.user == Fixtures.camille)
    }

    @Test func firstStartCreatesTheManager() {
        var (state, _) = App.start(context: Fixtures.context(demo: false), width: 80, height: 24, now: Fixtures.now)
        _ = App.update(&state, .usersLoaded([]))
        #expect(state.screen == .setup)
        state.type("Sophie", then: .enter)
        state.type("1234", then: .enter)
        #expect(state.type("1235", then: .enter).isEmpty)
        #expect(state.status.text.contains("pas identiques"))
        #expect(state.type("1234", then: .enter) == [.createFirstManager(firstName: "Sophie", pin: "1234")])
        _ = App.update(&state, .usersLoaded([Fixtures.sophie]))
        #expect(state.screen == .login)
        expectGolden(App.view(state), "login-after-setup")
    }

    @Test func firstStartRefusesAShortPin() {
        var (state, _) = App.start(context: Fixtures.context(demo: false), width: 80, height: 24, now: Fixtures.now)
        _ = App.update(&state, .usersLoaded([]))
        state.type("Sophie", then: .enter)
        state.type("12", then: .enter)
        #expect(state.type("12", then: .enter).isEmpty)
        #expect(state.status.text.contains("4 à 8 chiffres"))
        expectGolden(App.view(state), "setup-short-pin")
    }
}
