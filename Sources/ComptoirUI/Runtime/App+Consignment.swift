/// The vide-greniers inside the app: the feature works on its slice of the state with its
/// context, and its outputs are done here (the app alone navigates).
extension App {
    /// Alt+V from the sale screen.
    static func openConsignment(_ state: inout AppState) -> [Effect] {
        let (effects, outputs) = ConsignmentScreen.open(&state.consignment, state.consignmentContext)
        apply(outputs, &state)
        return effects
    }

    static func consignment(_ state: inout AppState, _ key: Key) -> [Effect] {
        let (effects, outputs) = ConsignmentScreen.handle(&state.consignment, state.consignmentContext, key)
        apply(outputs, &state)
        return effects
    }

    static func consignment(_ state: inout AppState, _ msg: ConsignmentMsg) -> [Effect] {
        let (effects, outputs) = ConsignmentScreen.receive(&state.consignment, state.consignmentContext, msg)
        apply(outputs, &state)
        return effects
    }

    private static func apply(_ outputs: [ConsignmentOutput], _ state: inout AppState) {
        for output in outputs {
            switch output {
            case .show:
                state.screen = .consignment
            case .status(let status):
                state.status = status
            case .askApproval(let purpose, let instruction):
                state.askApproval(purpose, instruction)
            case .approvalDone:
                if case .approval? = state.overlay { state.overlay = nil }
            case .addToTicket(let line):
                state.sale.cart.add(line)
                state.sale.selected = state.sale.cart.lines.count - 1
                state.screen = .sale
            case .backToSale:
                state.screen = .sale
            }
        }
    }
}

/// Where the app hands this feature its keys, asks its key hints and draws it.
extension App {
    static func handleConsignment(_ state: inout AppState, _ key: Key) -> [Effect] {
        return consignment(&state, key)
    }

    static func consignmentHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        ConsignmentScreen.hints(state.consignment, state.consignmentContext, for: place)
    }

    static func viewConsignment(_ state: AppState, barHeight: Int, _ canvas: inout Canvas) {
        let keyBarHeight = barHeight
        ConsignmentScreen.view(state.consignment, state.consignmentContext, keyBarHeight: keyBarHeight, &canvas)
    }
}
