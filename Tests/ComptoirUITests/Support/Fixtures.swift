import Foundation
import ComptoirCore
import ComptoirUI

/// A demo-like shop, frozen in time, for screen tests.
enum Fixtures {
    /// 23 November 2026, 17:05 UTC (18:05 in Paris).
    static let now = Date(timeIntervalSince1970: 1_795_453_500)

    static let camille = UserSummary(id: 1, firstName: "Camille", role: .benevole)
    static let karim = UserSummary(id: 2, firstName: "Karim", role: .benevole)
    static let sophie = UserSummary(id: 3, firstName: "Sophie", role: .responsable)
    static let users = [camille, karim, sophie]

    static let categories = [
        Category(code: "TSHIRT", label: "T-shirt", price: Money(cents: 100), key: 1),
        Category(code: "PANTALON", label: "Pantalon", price: Money(cents: 200), key: 2),
        Category(code: "PULL", label: "Pull", price: Money(cents: 250), key: 3),
        Category(code: "VESTE", label: "Veste / manteau", price: Money(cents: 500), key: 5),
    ]

    static let session = OpenSession(id: 7, openedAt: now.addingTimeInterval(-3600), float: Money(cents: 5000))

    static func context(demo: Bool = true) -> AppContext {
        AppContext(shopName: "Friperie solidaire", tillName: "Caisse 1",
                   demoPins: demo ? [1: "1111", 2: "2222", 3: "3333"] : nil,
                   categories: categories)
    }

    /// A state on the login screen with the users loaded.
    static func atLogin(demo: Bool = true) -> AppState {
        var (state, _) = App.start(context: context(demo: demo), width: 80, height: 24, now: now)
        _ = App.update(&state, .login(.usersLoaded(users)))
        return state
    }

    /// A state on the sale screen, logged in as `user`, session open.
    static func atSale(as user: UserSummary = camille) -> AppState {
        var state = atLogin()
        _ = App.update(&state, .login(.loggedIn(user, session)))
        return state
    }
}

extension AppState {
    /// Sends each character as a key, then the given final keys.
    @discardableResult
    mutating func type(_ text: String, then keys: Key...) -> [Effect] {
        var effects: [Effect] = []
        for c in text { effects += App.update(&self, .key(.char(c))) }
        for k in keys { effects += App.update(&self, .key(k)) }
        return effects
    }

    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { App.update(&self, .key($0)) }
    }
}
