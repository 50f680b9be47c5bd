import ComptoirCore

/// First start on an empty database: create the manager account.
enum SetupScreen {
    enum Action: Sendable { case nextField, previousField, submit }

    static let keys = KeyTable<AppState, Action>([
        KeyBinding(.tab, "Champ suivant", help: "Passe au champ suivant (ou flèches ↑ ↓)", .nextField),
        KeyBinding(.down, "Champ suivant", .nextField).hidden,
        KeyBinding(.backTab, "Champ précédent", .previousField).hidden,
        KeyBinding(.up, "Champ précédent", .previousField).hidden,
        KeyBinding(.enter, "Valider", help: "Champ suivant, puis crée le compte", .submit),
    ])

    static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        var s = state.setup
        defer { state.setup = s }
        guard let action = keys.action(for: key, state) else {
            switch s.focus {
            case 0: _ = s.firstName.handle(key)
            case 1: _ = s.pin.handle(key)
            default: _ = s.confirmPin.handle(key)
            }
            return []
        }
        switch action {
        case .nextField: s.focus = (s.focus + 1) % 3; return []
        case .previousField: s.focus = (s.focus + 2) % 3; return []
        case .submit:
            if s.focus < 2 { s.focus += 1; return [] }
            if let problem = AccountCheck.problem(firstName: s.firstName, pin: s.pin, who: "du responsable") {
                s.focus = problem.field
                state.status = .error(problem.message)
                return []
            }
            if s.pin.text != s.confirmPin.text {
                s.confirmPin.clear()
                s.focus = 2
                state.status = .error("Les deux codes PIN ne sont pas identiques. Retapez la confirmation.")
                return []
            }
            return [.login(.createFirstManager(firstName: s.firstName.trimmed, pin: s.pin.text))]
        }
    }

    static func view(_ state: AppState, _ canvas: inout Canvas) {
        let s = state.setup
        let x = 8
        canvas.put("Premier démarrage", x: x, y: 3, style: .bold)
        canvas.put("Créez le compte du responsable de la boutique. Il pourra ensuite", x: x, y: 5)
        canvas.put("ajouter les bénévoles (touche F8 à la caisse).", x: x, y: 6)
        let labels = ["Prénom            ", "Code PIN (4 à 8 chiffres)", "Confirmez le code PIN    "]
        let fields = [s.firstName, s.pin, s.confirmPin]
        for i in 0..<3 {
            let y = 9 + i * 2
            canvas.put(Chrome.pad(labels[i], 26) + ":", x: x, y: y, style: s.focus == i ? .bold : .plain)
            let w = i == 0 ? 24 : PinRule.maxLength
            canvas.put(fields[i].display(width: w), x: x + 28, y: y)
            if s.focus == i { canvas.cursor = (x + 28 + fields[i].cursorOffset(width: w), y) }
        }
    }
}
