/// The accounts screen inside the app: its answers on its own slice, its outputs done here.
extension App {
    static func users(_ state: inout AppState, _ msg: UsersMsg) -> [Effect] {
        let (effects, outputs) = UsersScreen.receive(&state.admin, msg)
        for output in outputs {
            switch output {
            case .status(let status):
                state.status = status
            case .usersChanged(let users):
                state.users = users
                refreshUser(&state)
            }
        }
        return effects
    }
}

/// Where the app hands this feature its keys, asks its key hints and draws it.
extension App {
    /// Everyone may open it: a bénévole changes their own PIN there (F1 says so).
    static func openUsers(_ state: inout AppState) -> [Effect] {
        state.admin = UsersState()
        state.screen = .users
        state.status = StatusLine()
        return [.login(.loadUsers)]
    }

    static func handleUsers(_ state: inout AppState, _ key: Key) -> [Effect] {
        return UsersScreen.handle(&state, key)
    }

    static func usersHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        UsersScreen.hints(state, for: place)
    }

    static func viewUsers(_ state: AppState, _ canvas: inout Canvas) {
        UsersScreen.view(state, &canvas)
    }
}
