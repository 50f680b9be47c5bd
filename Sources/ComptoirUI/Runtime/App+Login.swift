import ComptoirCore

/// Who is at the till, inside the app: the login screen's answers on its slice, and what
/// only the app does with them (the user, the session, which screen comes next).
extension App {
    static func login(_ state: inout AppState, _ msg: LoginMsg) -> [Effect] {
        let (effects, outputs) = LoginScreen.receive(&state.login, state.loginContext, msg)
        return effects + apply(outputs, &state)
    }

    static func login(_ state: inout AppState, _ key: Key) -> [Effect] {
        let (effects, outputs) = LoginScreen.handle(&state.login, state.loginContext, key)
        return effects + apply(outputs, &state)
    }

    /// Does what the outputs ask; returns the work that follows (a forgotten session's X).
    private static func apply(_ outputs: [LoginOutput], _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for output in outputs {
            switch output {
            case .status(let status):
                state.status = status
            case .usersLoaded(let users):
                state.users = users
                refreshUser(&state)
                if users.filter(\.active).isEmpty {
                    state.screen = .setup
                } else if state.screen == .setup, state.context.shopProblem != nil,
                          let admin = users.first(where: { $0.active && $0.role == .admin }) {
                    // The first start goes on with the shop's settings.
                    openShopSettings(&state, firstStart: true, actorId: admin.id)
                    state.status = .success("Compte créé. Réglez la boutique : nom et adresse vont sur chaque ticket.")
                } else if state.screen == .setup {
                    state.screen = .login
                    state.login = LoginState()
                    state.status = .success("Compte créé. Connectez-vous avec votre code PIN.")
                }
            case .sessionOpened(let session):
                state.session = session
                state.screen = .sale
                state.sale = SaleState()
                state.status = .success("Caisse ouverte avec un fond de \(session.float.formatted). Bonnes ventes !")
            case .loggedIn(let user, let session):
                effects += loggedIn(&state, user, session)
            }
        }
        return effects
    }

    private static func loggedIn(_ state: inout AppState, _ user: UserSummary, _ session: OpenSession?) -> [Effect] {
        state.user = user
        state.session = session
        state.overlay = nil
        if stopLoginForShopSettings(&state, user) { return [] }
        let timeZone = state.context.timeZone
        if let session, CalendarDay(session.openedAt, in: timeZone) < CalendarDay(state.now, in: timeZone) {
            // A session left open on an earlier day is closed before anything is sold.
            return openClosing(&state, forgotten: true)
        } else if let session {
            state.screen = .sale
            state.sale = SaleState()
            let opened = Chrome.clock(session.openedAt, timeZone)
            state.status = .success("Bonjour \(user.firstName). La caisse est ouverte depuis le \(opened).")
        } else {
            state.screen = .openTill
            state.openTill = OpenTillState()
            state.status = .info("Bonjour \(user.firstName). Comptez le fond de caisse pour ouvrir la caisse.")
        }
        return periodDueCheck(state)
    }
}

/// The first start and the opening of the till: each works on its own slice, and the app
/// does what their outputs ask.
extension App {
    static func setup(_ state: inout AppState, _ key: Key) -> [Effect] {
        let (effects, outputs) = SetupScreen.handle(&state.setup, key)
        for output in outputs {
            switch output {
            case .status(let status): state.status = status
            }
        }
        return effects
    }

    static func openTill(_ state: inout AppState, _ key: Key) -> [Effect] {
        var (effects, outputs) = OpenTillScreen.handle(&state.openTill, state.openTillContext, key)
        for output in outputs {
            switch output {
            case .status(let status):
                state.status = status
            case .logOut:
                if let user = state.user { effects.append(.login(.logout(userId: user.id, quitting: false))) }
                state.user = nil
                state.screen = .login
            }
        }
        return effects
    }
}

/// Where the app hands this feature its keys, asks its key hints and draws it.
extension App {
    static func handleSetup(_ state: inout AppState, _ key: Key) -> [Effect] {
        return setup(&state, key)
    }

    static func setupHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        SetupScreen.keys.hints(state.setup, for: place)
    }

    static func viewSetup(_ state: AppState, barHeight: Int, _ canvas: inout Canvas) {
        SetupScreen.view(state.setup, &canvas)
    }

    static func handleLogin(_ state: inout AppState, _ key: Key) -> [Effect] {
        return login(&state, key)
    }

    static func loginHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        LoginScreen.keys.hints(state.loginContext, for: place)
    }

    static func viewLogin(_ state: AppState, barHeight: Int, _ canvas: inout Canvas) {
        LoginScreen.view(state.login, state.loginContext, &canvas)
    }

    static func handleOpenTill(_ state: inout AppState, _ key: Key) -> [Effect] {
        return openTill(&state, key)
    }

    static func openTillHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        OpenTillScreen.keys.hints(state.openTillContext, for: place)
    }

    static func viewOpenTill(_ state: AppState, barHeight: Int, _ canvas: inout Canvas) {
        OpenTillScreen.view(state.openTill, state.openTillContext, &canvas)
    }
}
