/// The stock screen inside the app: its answers on its own slice, its outputs done here.
extension App {
    static func stock(_ state: inout AppState, _ msg: StockMsg) -> [Effect] {
        for output in StockScreen.receive(&state.stock, msg) {
            switch output {
            case .status(let status): state.status = status
            }
        }
        return []
    }
}

/// Where the app hands this feature its keys, asks its key hints and draws it.
extension App {
    /// Alt+I from the sale screen.
    static func openStock(_ state: inout AppState) -> [Effect] {
        StockScreen.open(&state)
    }

    static func handleStock(_ state: inout AppState, _ key: Key) -> [Effect] {
        return StockScreen.handle(&state, key)
    }

    static func stockHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        StockScreen.hints(state, for: place)
    }

    static func viewStock(_ state: AppState, _ canvas: inout Canvas) {
        StockScreen.view(state, &canvas)
    }
}
