import ComptoirCore

/// The categories feature inside the app: its slice of the state, its context, and what
/// its outputs do. The app alone owns the categories every screen sells with
/// (`context.categories`), navigates and owns the status line.
extension App {
    /// A load, a save, or the runtime's news that another till changed the categories.
    static func categories(_ state: inout AppState, _ msg: CategoriesMsg) -> [Effect] {
        apply(CategoriesScreen.receive(&state.categories, msg), &state)
        return []
    }

    private static func apply(_ outputs: [CategoriesOutput], _ state: inout AppState) {
        var firstStartDone = false
        for output in outputs {
            switch output {
            case .show: state.screen = .categories
            case .status(let status): state.status = status
            case .categoriesChanged(let categories): state.context.categories = categories
            case .done:
                state.screen = state.categories.exit
                firstStartDone = state.firstStartActor != nil
            }
        }
        if firstStartDone {
            // The first start ends: its admin logs in like anyone else.
            state.firstStartActor = nil
            state.login = LoginState()
            state.status = .success("La boutique est prête. Connectez-vous avec votre code PIN.")
        }
    }
}

/// Where the app hands this feature its keys, asks its key hints and draws it.
extension App {
    /// Alt+C from the sale screen; a first start may chain it after its own steps with
    /// `exit` set to where Échap then leads. Refused (status line) to a bénévole.
    static func openCategories(_ state: inout AppState, exit: Screen = .sale) -> [Effect] {
        let (effects, outputs) = CategoriesScreen.open(&state.categories, state.categoriesContext, exit: exit)
        apply(outputs, &state)
        return effects
    }

    static func handleCategories(_ state: inout AppState, _ key: Key) -> [Effect] {
        let (effects, outputs) = CategoriesScreen.handle(&state.categories, state.categoriesContext, key)
        apply(outputs, &state)
        return effects
    }

    static func categoriesHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        CategoriesScreen.hints(state.categories, state.categoriesContext, for: place)
    }

    static func viewCategories(_ state: AppState, barHeight: Int, _ canvas: inout Canvas) {
        CategoriesScreen.view(state.categories, state.categoriesContext, keyBarHeight: barHeight, &canvas)
    }
}
