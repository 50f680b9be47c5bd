/// The households and rules screens inside the app: each works on its own slice, and what
/// their outputs ask is done here (the app alone navigates, owns the status line and
/// touches the ticket).
extension App {
    /// Alt+F from the sale screen.
    static func openHouseholds(_ state: inout AppState) -> [Effect] {
        let (effects, outputs) = HouseholdsScreen.open(&state.households, state.householdsContext)
        return effects + apply(outputs, &state)
    }

    static func households(_ state: inout AppState, _ key: Key) -> [Effect] {
        let (effects, outputs) = HouseholdsScreen.handle(&state.households, state.householdsContext, key)
        return effects + apply(outputs, &state)
    }

    static func households(_ state: inout AppState, _ msg: HouseholdsMsg) -> [Effect] {
        apply(HouseholdsScreen.receive(&state.households, state.householdsContext, msg), &state)
    }

    /// Does what the outputs ask; returns the work that follows (the ticket loads the
    /// household attached).
    private static func apply(_ outputs: [HouseholdsOutput], _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for output in outputs {
            switch output {
            case .show:
                state.screen = .households
            case .status(let status):
                state.status = status
            case .backToSale:
                state.screen = .sale
            case .attachHousehold(let number):
                state.screen = .sale
                effects.append(.sale(.loadHousehold(number)))
            case .openRules:
                let (form, outputs) = RulesScreen.open(state.rulesContext)
                state.rulesForm = form
                apply(outputs, &state)
            case .rulesSaved:
                state.rulesForm = nil
                state.screen = .households
            }
        }
        return effects
    }

    static func rules(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var form = state.rulesForm else { return [] }
        let (effects, outputs) = RulesScreen.handle(&form, state.rulesContext, key)
        state.rulesForm = form
        apply(outputs, &state)
        return effects
    }

    private static func apply(_ outputs: [RulesOutput], _ state: inout AppState) {
        for output in outputs {
            switch output {
            case .show:
                state.screen = .rules
            case .status(let status):
                state.status = status
            case .closed:
                state.rulesForm = nil
                state.screen = .households
            }
        }
    }
}

/// Where the app hands this feature its keys, asks its key hints and draws it.
extension App {
    static func handleHouseholds(_ state: inout AppState, _ key: Key) -> [Effect] {
        return households(&state, key)
    }

    static func householdsHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        HouseholdsScreen.hints(state.households, state.householdsContext, for: place)
    }

    static func viewHouseholds(_ state: AppState, barHeight: Int, _ canvas: inout Canvas) {
        HouseholdsScreen.view(state.households, state.householdsContext,
                              keyBarHeight: barHeight, &canvas)
    }

    static func handleRules(_ state: inout AppState, _ key: Key) -> [Effect] {
        return rules(&state, key)
    }

    static func rulesHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        RulesScreen.keys.hints(state.rulesContext, for: place)
    }

    static func viewRules(_ state: AppState, barHeight: Int, _ canvas: inout Canvas) {
        guard let form = state.rulesForm else { return }
        RulesScreen.view(form, &canvas)
    }
}
