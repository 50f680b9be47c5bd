import ComptoirCore

/// Opening the till: count the float in the drawer.
enum OpenTillScreen {
    enum Action: Sendable { case open, logout }

    static let keys = KeyTable<AppState, Action>([
        KeyBinding(.enter, "Ouvrir la caisse", help: "Ouvre la caisse avec le fond de caisse tapé", .open),
        KeyBinding(.escape, "Changer d'utilisateur", help: "Revient à l'écran de connexion", .logout),
    ])

    static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard let action = keys.action(for: key, state) else {
            _ = state.openTill.float.handle(key)
            return []
        }
        switch action {
        case .logout:
            state.user = nil
            state.screen = .login
            state.status = .info("Déconnecté.")
            return []
        case .open:
            guard let user = state.user else { return [] }
            switch Money.parse(state.openTill.float.text) {
            case .failure(let error):
                state.status = .error(error.message)
                return []
            case .success(let float):
                return [.login(.openSession(float: float, operatorId: user.id))]
            }
        }
    }

    static func view(_ state: AppState, _ canvas: inout Canvas) {
        let x = 10
        canvas.put("Ouverture de la caisse « \(state.context.tillName) »", x: x, y: 4, style: .bold)
        canvas.put("Comptez les billets et les pièces du tiroir (le fond de caisse)", x: x, y: 6)
        canvas.put("et tapez le total, par exemple 50 ou 52,30.", x: x, y: 7)
        canvas.put("Fond de caisse :", x: x, y: 10)
        canvas.put(state.openTill.float.display(width: 12), x: x + 17, y: 10)
        canvas.put("€", x: x + 30, y: 10)
        canvas.cursor = (x + 17 + state.openTill.float.cursorOffset(width: 12), 10)
    }
}
