import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

@Suite struct LoginScreenTests {
    @Test func startAsksForUsers() {
        let (state, effects) = App.start(context: Fixtures.context(), width: 80, height: 24, now: Fixtures.now)
        #expect(effects == [.login(.loadUsers)])
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
        #expect(effects == [.login(.authenticate(userId: 2, pin: "2222"))])
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

    @Test func theWaitTheLedgerAsksForIsShownAndNoPinIsSentDuringIt() {
        var state = Fixtures.atLogin()
        _ = App.update(&state, .login(.loginRefused(.wrongPin(remainingBeforeLock: 8, waitSeconds: 0))))
        #expect(state.login.wait == nil)
        #expect(state.status.text == "Code PIN incorrect.")
        _ = App.update(&state, .login(.loginRefused(.wrongPin(remainingBeforeLock: 7, waitSeconds: 2))))
        #expect(state.login.wait == PinWait(userId: 1, until: Fixtures.now.addingTimeInterval(2)))
        #expect(state.status.text.contains("Patientez 2 s"))
        // During the wait, Entrée sends nothing and says how long is left.
        _ = App.update(&state, .tick(Fixtures.now.addingTimeInterval(0.5)))
        let effects = state.type("1111", then: .enter)
        #expect(effects.isEmpty)
        #expect(state.status.text == "Trop de codes faux. Patientez 2 s avant de réessayer.")
        #expect(App.view(state).text.contains("Trop de codes faux. Patientez 2 s."))
        // Another person is not kept waiting.
        _ = state.press(.down)
        #expect(state.type("2222", then: .enter) == [.login(.authenticate(userId: 2, pin: "2222"))])
        _ = state.press(.up)
        _ = App.update(&state, .tick(Fixtures.now.addingTimeInterval(3)))
        #expect(state.login.wait?.seconds(for: 1, at: state.now) == nil)
        #expect(!App.view(state).text.contains("Patientez 1 s."))
        #expect(state.type("1111", then: .enter) == [.login(.authenticate(userId: 1, pin: "1111"))])
        // Another till counted meanwhile: the ledger's wait is shown again.
        _ = App.update(&state, .login(.loginRefused(.wait(seconds: 64))))
        #expect(state.login.wait?.seconds(for: 1, at: state.now) == 64)
        expectGolden(App.view(state), "login-wait")
    }

    @Test func aLockedAccountIsSaidAndTheListReloaded() {
        var state = Fixtures.atLogin()
        let effects = App.update(&state, .login(.loginRefused(.locked)))
        #expect(effects == [.login(.loadUsers)])
        #expect(state.status.text.contains("Compte verrouillé après 10 codes faux : un admin doit le réactiver."))
        var locked = Fixtures.camille
        locked.locked = true
        _ = App.update(&state, .login(.usersLoaded([locked, Fixtures.karim, Fixtures.sophie])))
        #expect(App.view(state).text.contains("Camille           bénévole     verrouillé"))
    }

    @Test func loginWithoutOpenSessionAsksForTheFloat() {
        var state = Fixtures.atLogin()
        _ = App.update(&state, .login(.loggedIn(Fixtures.camille, nil)))
        #expect(state.screen == .openTill)
        #expect(state.type("abc", then: .enter).isEmpty)
        #expect(state.status.kind == .error)
        state.openTill.float.clear()
        #expect(state.type("52,30", then: .enter) == [.login(.openSession(float: Money(cents: 5230), operatorId: 1))])
        _ = App.update(&state, .login(.sessionOpened(Fixtures.session)))
        #expect(state.screen == .sale)
        #expect(state.status.text.contains("50,00 €"))
    }

    @Test func escapeBeforeTheFloatLogsOutJournaled() {
        var state = Fixtures.atLogin()
        _ = App.update(&state, .login(.loggedIn(Fixtures.camille, nil)))
        #expect(state.press(.escape) == [.login(.logout(userId: Fixtures.camille.id, quitting: false))])
        #expect(state.screen == .login && state.user == nil)
    }

    @Test func loginWithOpenSessionGoesToTheSale() {
        var state = Fixtures.atLogin()
        _ = App.update(&state, .login(.loggedIn(Fixtures.camille, Fixtures.session)))
        #expect(state.screen == .sale)
        #expect(state.user == Fixtures.camille)
    }

    @Test func firstStartCreatesTheManager() {
        var (state, _) = App.start(context: Fixtures.context(demo: false), width: 80, height: 24, now: Fixtures.now)
        _ = App.update(&state, .login(.usersLoaded([])))
        #expect(state.screen == .setup)
        state.type("Sophie", then: .enter)
        state.type("1234", then: .enter)
        #expect(state.type("1235", then: .enter).isEmpty)
        #expect(state.status.text.contains("pas identiques"))
        #expect(state.type("1234", then: .enter) == [.login(.createFirstManager(firstName: "Sophie", pin: "1234"))])
        _ = App.update(&state, .login(.usersLoaded([Fixtures.sophie])))
        #expect(state.screen == .login)
        expectGolden(App.view(state), "login-after-setup")
    }

    @Test func firstStartRefusesAShortPin() {
        var (state, _) = App.start(context: Fixtures.context(demo: false), width: 80, height: 24, now: Fixtures.now)
        _ = App.update(&state, .login(.usersLoaded([])))
        state.type("Sophie", then: .enter)
        state.type("12", then: .enter)
        #expect(state.type("12", then: .enter).isEmpty)
        #expect(state.status.text.contains("4 à 8 chiffres"))
        expectGolden(App.view(state), "setup-short-pin")
    }
}
