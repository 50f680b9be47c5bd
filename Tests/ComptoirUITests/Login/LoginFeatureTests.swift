import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The login feature on its own slice of the state: it changes only `LoginState`; the
/// user, the users and the session are the app's, asked for through its outputs.
@Suite struct LoginFeatureTests {
    static let context = LoginContext(activeUsers: Fixtures.users, now: Fixtures.now, demoPins: nil)

    static func typing(_ pin: String, _ login: inout LoginState) {
        for c in pin { _ = LoginScreen.handle(&login, context, .char(c)) }
    }

    @Test func theChosenPersonsPinIsSentAndCleared() {
        var login = LoginState()
        _ = LoginScreen.handle(&login, Self.context, .down)
        Self.typing("1234", &login)
        let (effects, outputs) = LoginScreen.handle(&login, Self.context, .enter)
        #expect(effects == [.login(.authenticate(userId: Fixtures.karim.id, pin: "1234"))])
        #expect(outputs.isEmpty)
        #expect(login.pin.isEmpty)
    }

    @Test func lettersAndAnEmptyPinAreSaidOnTheStatusLine() {
        var login = LoginState()
        #expect(LoginScreen.handle(&login, Self.context, .char("a")).1 == [.status(.error("Le code PIN ne contient que des chiffres."))])
        let (effects, outputs) = LoginScreen.handle(&login, Self.context, .enter)
        #expect(effects.isEmpty)
        #expect(outputs == [.status(.error("Tapez votre code PIN puis Entrée."))])
    }

    @Test func aRefusalStartsTheWaitAndNoPinIsSentMeanwhile() {
        var login = LoginState()
        let (effects, outputs) = LoginScreen.receive(&login, Self.context, .loginRefused(.wrongPin(remainingBeforeLock: 2, waitSeconds: 30)))
        #expect(effects.isEmpty)
        #expect(login.wait?.userId == Fixtures.camille.id)
        guard case .status(let status)? = outputs.first else { Issue.record("\(outputs)"); return }
        #expect(status.kind == .error)
        Self.typing("1234", &login)
        let (sent, said) = LoginScreen.handle(&login, Self.context, .enter)
        #expect(sent.isEmpty)
        #expect(said == [.status(.error(PinRefusal.wait(seconds: 30).message))])
        // Locked meanwhile: the list is loaded again.
        #expect(LoginScreen.receive(&login, Self.context, .loginRefused(.locked)).0 == [.login(.loadUsers)])
    }

    @Test func theLedgersAnswersAreHandedToTheApp() {
        var login = LoginState()
        Self.typing("12", &login)
        #expect(LoginScreen.receive(&login, Self.context, .loggedIn(Fixtures.sophie, Fixtures.session)).1
            == [.loggedIn(Fixtures.sophie, Fixtures.session)])
        #expect(login == LoginState())
        #expect(LoginScreen.receive(&login, Self.context, .sessionOpened(Fixtures.session)).1 == [.sessionOpened(Fixtures.session)])
        #expect(LoginScreen.receive(&login, Self.context, .usersLoaded(Fixtures.users)).1 == [.usersLoaded(Fixtures.users)])
    }
}
