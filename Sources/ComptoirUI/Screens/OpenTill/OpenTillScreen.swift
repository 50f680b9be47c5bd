import ComptoirCore

/// Opening the till: count the float in the drawer.
enum OpenTillScreen {
    enum Action: Sendable { case open, logout, reprintZ }

    static let keys = KeyTable<OpenTillContext, Action>([
        KeyBinding(.enter, "Ouvrir la caisse", help: "Ouvre la caisse avec le fond de caisse tapé", .open),
        KeyBinding(.escape, "Changer d'utilisateur", help: "Revient à l'écran de connexion", .logout),
        KeyBinding(.function(7), alt: .alt("r"), "Duplicata du Z", help: "Réimprime le dernier Z de cette caisse, marqué DUPLICATA", .reprintZ)
            .when { $0.receipts != .noPrinter && $0.userId != nil },
    ])

    static func handle(_ openTill: inout OpenTillState, _ context: OpenTillContext, _ key: Key) -> ([Effect], [OpenTillOutput]) {
        guard let action = keys.action(for: key, context) else {
            _ = openTill.float.handle(key)
            return ([], [])
        }
        switch action {
        case .logout:
            return ([], [.logOut, .status(.info("Déconnecté."))])
        case .reprintZ:
            guard let userId = context.userId else { return ([], []) }
            return ([.closing(.reprintZ(sessionId: nil, operatorId: userId))], [.status(.info("Impression du duplicata du dernier Z…"))])
        case .open:
            guard let userId = context.userId else { return ([], []) }
            switch Money.parse(openTill.float.text) {
            case .failure(let error):
                return ([], [.status(.error(error.message))])
            case .success(let float):
                return ([.login(.openSession(float: float, operatorId: userId))], [])
            }
        }
    }

    static func view(_ openTill: OpenTillState, _ context: OpenTillContext, _ canvas: inout Canvas) {
        let x = 10
        canvas.put("Ouverture de la caisse « \(context.tillName) »", x: x, y: 4, style: .bold)
        canvas.put("Comptez les billets et les pièces du tiroir (le fond de caisse)", x: x, y: 6)
        canvas.put("et tapez le total, par exemple 50 ou 52,30.", x: x, y: 7)
        canvas.put("Fond de caisse :", x: x, y: 10)
        canvas.put(openTill.float.display(width: 12), x: x + 17, y: 10)
        canvas.put("€", x: x + 30, y: 10)
        canvas.cursor = (x + 17 + openTill.float.cursorOffset(width: 12), 10)
    }
}
