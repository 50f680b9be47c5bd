/// The back door inside the app: its slice of the state, its context, and what its outputs
/// do (the app alone navigates and owns the status line).
extension App {
    static func friperie(_ state: inout AppState, _ msg: FriperieMsg) -> [Effect] {
        apply(FriperieScreen.receive(&state.friperie, msg), &state)
        return []
    }

    static func friperieScale(_ state: inout AppState, grams: Int?, problem: String?) -> [Effect] {
        apply(FriperieScreen.scaleAnswered(&state.friperie, grams: grams, problem: problem), &state)
        return []
    }

    private static func apply(_ outputs: [FriperieOutput], _ state: inout AppState) {
        for output in outputs {
            switch output {
            case .show: state.screen = .friperie
            case .status(let status): state.status = status
            case .backToSale: state.screen = .sale
            }
        }
    }
}

/// Where the app hands this feature its keys, asks its key hints and draws it.
extension App {
    /// Alt+B from the sale screen.
    static func openFriperie(_ state: inout AppState) -> [Effect] {
        let (effects, outputs) = FriperieScreen.open(&state.friperie, state.friperieContext)
        apply(outputs, &state)
        return effects
    }

    static func handleFriperie(_ state: inout AppState, _ key: Key) -> [Effect] {
        let (effects, outputs) = FriperieScreen.handle(&state.friperie, state.friperieContext, key)
        apply(outputs, &state)
        return effects
    }

    static func friperieHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        FriperieScreen.hints(state.friperie, state.friperieContext, for: place)
    }

    static func viewFriperie(_ state: AppState, barHeight: Int, _ canvas: inout Canvas) {
        FriperieScreen.view(state.friperie, state.friperieContext,
                            keyBarHeight: barHeight, &canvas)
    }
}
