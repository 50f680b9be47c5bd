/// The stock feature inside the app: its slice of the state, its context, and what its
/// outputs do (the app alone navigates and owns the status line).
extension App {
    static func stock(_ state: inout AppState, _ msg: StockMsg) -> [Effect] {
        apply(StockScreen.receive(&state.stock, msg), &state)
        return []
    }

    private static func apply(_ outputs: [StockOutput], _ state: inout AppState) {
        for output in outputs {
            switch output {
            case .show: state.screen = .stock
            case .status(let status): state.status = status
            case .backToSale: state.screen = .sale
            }
        }
    }
}

/// Where the app hands this feature its keys, asks its key hints and draws it.
extension App {
    /// Alt+I from the sale screen.
    static func openStock(_ state: inout AppState) -> [Effect] {
        let (effects, outputs) = StockScreen.open(&state.stock, state.stockContext)
        apply(outputs, &state)
        return effects
    }

    static func handleStock(_ state: inout AppState, _ key: Key) -> [Effect] {
        let (effects, outputs) = StockScreen.handle(&state.stock, state.stockContext, key)
        apply(outputs, &state)
        return effects
    }

    static func stockHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        StockScreen.hints(state.stock, state.stockContext, for: place)
    }

    static func viewStock(_ state: AppState, barHeight: Int, _ canvas: inout Canvas) {
        StockScreen.view(state.stock, keyBarHeight: barHeight, &canvas)
    }
}
