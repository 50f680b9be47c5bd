/// The vide-greniers inside the app: its answers on its own slice, its outputs done here.
extension App {
    static func consignment(_ state: inout AppState, _ msg: ConsignmentMsg) -> [Effect] {
        for output in ConsignmentScreen.receive(&state.consignment, training: state.training, msg) {
            switch output {
            case .status(let status):
                state.status = status
            case .approvalDone:
                if case .approval? = state.overlay { state.overlay = nil }
            case .addToTicket(let line):
                state.sale.cart.add(line)
                state.sale.selected = state.sale.cart.lines.count - 1
                state.screen = .sale
            }
        }
        return []
    }
}

/// Where the app hands this feature its keys, asks its key hints and draws it.
extension App {
    /// Alt+V from the sale screen.
    static func openConsignment(_ state: inout AppState) -> [Effect] {
        ConsignmentScreen.open(&state)
    }

    static func handleConsignment(_ state: inout AppState, _ key: Key) -> [Effect] {
        return ConsignmentScreen.handle(&state, key)
    }

    static func consignmentHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        ConsignmentScreen.hints(state, for: place)
    }

    static func viewConsignment(_ state: AppState, _ canvas: inout Canvas) {
        ConsignmentScreen.view(state, &canvas)
    }
}
