/// The back door inside the app: its answers on its own slice, its outputs done here.
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
            case .status(let status): state.status = status
            }
        }
    }
}

/// Where the app hands this feature its keys, asks its key hints and draws it.
extension App {
    /// Alt+B from the sale screen.
    static func openFriperie(_ state: inout AppState) -> [Effect] {
        FriperieScreen.open(&state)
    }

    static func handleFriperie(_ state: inout AppState, _ key: Key) -> [Effect] {
        return FriperieScreen.handle(&state, key)
    }

    static func friperieHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        FriperieScreen.hints(state, for: place)
    }

    static func viewFriperie(_ state: AppState, _ canvas: inout Canvas) {
        FriperieScreen.view(state, &canvas)
    }
}
