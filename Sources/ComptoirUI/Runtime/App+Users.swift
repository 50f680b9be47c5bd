import ComptoirCore

/// The accounts screen inside the app: it works on its own slice, and what its outputs
/// ask is done here (the app alone navigates, owns the list of users, the overlays and
/// the status line).
extension App {
    /// F8 from the sale screen.
    static func openUsers(_ state: inout AppState) -> [Effect] {
        let (effects, outputs) = UsersScreen.open(&state.admin)
        apply(outputs, &state)
        return effects
    }

    static func users(_ state: inout AppState, _ key: Key) -> [Effect] {
        let (effects, outputs) = UsersScreen.handle(&state.admin, state.usersContext, key)
        apply(outputs, &state)
        return effects
    }

    static func users(_ state: inout AppState, _ msg: UsersMsg) -> [Effect] {
        let (effects, outputs) = UsersScreen.receive(&state.admin, msg)
        apply(outputs, &state)
        return effects
    }

    private static func apply(_ outputs: [UsersOutput], _ state: inout AppState) {
        for output in outputs {
            switch output {
            case .show:
                state.screen = .users
            case .status(let status):
                state.status = status
            case .usersChanged(let users):
                state.users = users
                refreshUser(&state)
            case .backToSale:
                state.screen = .sale
            case .askApproval(let purpose, let instruction):
                state.askApproval(purpose, instruction)
            case .confirmDeactivation(let user):
                state.overlay = .confirm(.deactivate(user))
            case .confirmReactivation(let user):
                state.overlay = .confirm(.reactivate(user))
            case .openShopSettings:
                openShopSettings(&state, firstStart: false, actorId: state.user?.id)
            }
        }
    }
}

/// Where the app hands this feature its keys, asks its key hints and draws it.
extension App {
    static func handleUsers(_ state: inout AppState, _ key: Key) -> [Effect] {
        return users(&state, key)
    }

    static func usersHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        UsersScreen.hints(state.admin, state.usersContext, for: place)
    }

    static func viewUsers(_ state: AppState, barHeight: Int, _ canvas: inout Canvas) {
        UsersScreen.view(state.admin, state.usersContext, &canvas)
    }
}

extension UsersScreen {
    /// The accounts the screen lists for the app's user (the tests ask it of the app state).
    static func listed(_ state: AppState) -> [UserSummary] {
        listed(state.usersContext)
    }
}
