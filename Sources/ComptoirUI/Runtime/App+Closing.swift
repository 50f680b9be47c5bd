/// The closing feature inside the app: its slice of the state, its context, and what its
/// outputs do (the app alone navigates).
extension App {
    /// Alt+Z from the sale screen, or a session of an earlier day found at login.
    static func openClosing(_ state: inout AppState, forgotten: Bool = false) -> [Effect] {
        let (effects, outputs) = ClosingScreen.open(&state.closing, state.closingContext, forgotten: forgotten)
        apply(outputs, &state)
        return effects
    }

    static func closing(_ state: inout AppState, _ key: Key) -> [Effect] {
        let (effects, outputs) = ClosingScreen.handle(&state.closing, state.closingContext, key)
        apply(outputs, &state)
        return effects
    }

    static func closing(_ state: inout AppState, _ msg: ClosingMsg) -> [Effect] {
        switch msg {
        case .periodDue(let due): return askPeriodClosing(&state, due)
        case .periodClosed(let report): return periodClosed(&state, report)
        case .retentionDue(let periods): return askRetention(&state, periods)
        case .retentionApplied(let households, let sellers, let donorNames):
            state.status = .success("Durées de conservation appliquées : \(households) fiche(s) de foyer effacée(s), "
                                    + "\(sellers) déposant(s) sous pseudonyme, \(donorNames) nom(s) de donateur effacé(s).")
            return []
        default: break
        }
        let (effects, outputs) = ClosingScreen.receive(&state.closing, state.closingContext, msg)
        apply(outputs, &state)
        // After a Z made by a responsable logged in, the month's closing and the retention
        // periods are proposed there too, as at their login.
        if outputs.contains(.sessionClosed) { return effects + periodDueCheck(state) }
        return effects
    }

    private static func apply(_ outputs: [ClosingOutput], _ state: inout AppState) {
        for output in outputs {
            switch output {
            case .show:
                state.screen = .closing
            case .status(let status):
                state.status = status
            case .askApproval(let purpose, let instruction):
                state.askApproval(purpose, instruction)
            case .approvalDone:
                if case .approval? = state.overlay { state.overlay = nil }
            case .backToSale:
                state.screen = .sale
            case .sessionClosed:
                state.session = nil
                state.sale = SaleState()
                state.screen = .openTill
                state.openTill = OpenTillState()
            }
        }
    }
}

/// Where the app hands this feature its keys, asks its key hints and draws it.
extension App {
    static func handleClosing(_ state: inout AppState, _ key: Key) -> [Effect] {
        return closing(&state, key)
    }

    static func closingHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        ClosingScreen.hints(state.closing, state.closingContext, for: place)
    }

    static func viewClosing(_ state: AppState, barHeight: Int, _ canvas: inout Canvas) {
        ClosingScreen.view(state.closing, &canvas)
    }
}
