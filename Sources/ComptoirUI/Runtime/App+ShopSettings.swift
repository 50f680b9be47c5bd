import ComptoirCore

/// « Réglages de la boutique » inside the app: opened from the users screen (admin), from
/// the first start after the admin account, and at login while the till may not sell.
extension App {
    /// Opens the form as `actorId`; at first start Échap leads to the login screen.
    static func openShopSettings(_ state: inout AppState, firstStart: Bool, actorId: Int64?) {
        let outputs = ShopSettingsScreen.open(&state.shopSettings, state.context.shop, firstStart: firstStart, actorId: actorId)
        state.screen = .shopSettings
        _ = apply(outputs, &state)
    }

    static func shopSettings(_ state: inout AppState, _ key: Key) -> [Effect] {
        let (effects, outputs) = ShopSettingsScreen.handle(&state.shopSettings, key)
        return effects + apply(outputs, &state)
    }

    static func shopSettings(_ state: inout AppState, _ msg: ShopSettingsMsg) -> [Effect] {
        let (effects, outputs) = ShopSettingsScreen.receive(&state.shopSettings, msg)
        return effects + apply(outputs, &state)
    }

    /// Does what the outputs ask; returns the work that follows (the categories' load).
    private static func apply(_ outputs: [ShopSettingsOutput], _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for output in outputs {
            switch output {
            case .status(let status):
                state.status = status
            case .saved(let settings, let receipts):
                state.context.shop = settings
                state.context.receipts = receipts
                state.context.shopName = settings.name
                if let chained = chainCategoriesAfterFirstStart(&state) {
                    effects += chained
                    continue
                }
                leaveShopSettings(&state, .success("Réglages de la boutique enregistrés (notés au journal)."))
            case .inForce(let settings, let receipts):
                state.context.shop = settings
                state.context.receipts = receipts
                state.context.shopName = settings.name
            case .closed:
                let status: StatusLine = state.context.shopProblem.map {
                    .error("Réglages non enregistrés : \($0), la caisse ne vend pas. Un admin les saisit : F8 puis F9.")
                } ?? .info("Réglages inchangés.")
                leaveShopSettings(&state, status)
            }
        }
        return effects
    }

    /// Back where the form was opened from: the login screen (first start, or an admin
    /// sent here at login) or the users screen.
    private static func leaveShopSettings(_ state: inout AppState, _ status: StatusLine) {
        if state.shopSettings.firstStart || state.user == nil {
            state.screen = .login
            state.login = LoginState()
            state.user = nil
            state.status = StatusLine(status.text + " Connectez-vous avec votre code PIN.", kind: status.kind)
        } else {
            state.screen = .users
            state.status = status
        }
    }

    /// The first start's settings are saved: the admin who typed them goes on with the
    /// friperie's categories, then the login screen. Nil when the form was not a first start.
    private static func chainCategoriesAfterFirstStart(_ state: inout AppState) -> [Effect]? {
        guard state.shopSettings.firstStart, state.user == nil,
              let admin = state.users.first(where: { $0.id == state.shopSettings.actorId && $0.active }) else { return nil }
        state.firstStartActor = admin
        let effects = openCategories(&state, exit: .login)
        guard state.screen == .categories else {
            state.firstStartActor = nil
            return nil
        }
        state.status = .success("Réglages enregistrés. Créez les catégories de la friperie (F2), Échap pour terminer.")
        return effects
    }

    /// At login while the till may not sell: an admin goes to the settings, anyone else
    /// is told why and stays at the login screen. True when the login stops here.
    static func stopLoginForShopSettings(_ state: inout AppState, _ user: UserSummary) -> Bool {
        guard let problem = state.context.shopProblem else { return false }
        if user.role == .admin {
            state.user = nil
            openShopSettings(&state, firstStart: false, actorId: user.id)
            state.status = .error("La caisse ne vend pas : \(problem). Complétez les réglages (Entrée sur le dernier champ).")
        } else {
            state.user = nil
            state.session = nil
            state.screen = .login
            state.login = LoginState()
            state.status = .error("La caisse ne vend pas : \(problem). Un admin doit saisir les réglages de la boutique.")
        }
        return true
    }
}

/// Where the app hands this feature its keys, asks its key hints and draws it.
extension App {
    static func handleShopSettings(_ state: inout AppState, _ key: Key) -> [Effect] {
        shopSettings(&state, key)
    }

    static func shopSettingsHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        ShopSettingsScreen.keys.hints(state.shopSettings, for: place)
    }

    static func viewShopSettings(_ state: AppState, barHeight: Int, _ canvas: inout Canvas) {
        ShopSettingsScreen.view(state.shopSettings, &canvas)
    }
}
