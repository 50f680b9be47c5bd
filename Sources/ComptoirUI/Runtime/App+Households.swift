/// The households and rules screens inside the app: answers on their own slice, outputs
/// done here.
extension App {
    static func households(_ state: inout AppState, _ msg: HouseholdsMsg) -> [Effect] {
        for output in HouseholdsScreen.receive(&state.households, state.householdsContext, msg) {
            switch output {
            case .status(let status):
                state.status = status
            case .rulesSaved:
                state.rulesForm = nil
                state.screen = .households
            }
        }
        return []
    }
}

/// Where the app hands this feature its keys, asks its key hints and draws it.
extension App {
    /// Alt+F from the sale screen.
    static func openHouseholds(_ state: inout AppState) -> [Effect] {
        HouseholdsScreen.open(&state)
    }

    static func handleHouseholds(_ state: inout AppState, _ key: Key) -> [Effect] {
        return HouseholdsScreen.handle(&state, key)
    }

    static func householdsHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        HouseholdsScreen.hints(state, for: place)
    }

    static func viewHouseholds(_ state: AppState, _ canvas: inout Canvas) {
        HouseholdsScreen.view(state, &canvas)
    }

    static func handleRules(_ state: inout AppState, _ key: Key) -> [Effect] {
        return RulesScreen.handle(&state, key)
    }

    static func rulesHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        RulesScreen.keys.hints(state, for: place)
    }

    static func viewRules(_ state: AppState, _ canvas: inout Canvas) {
        RulesScreen.view(state, &canvas)
    }
}
