import ComptoirCore

/// First start on an empty database: create the manager account.
enum SetupScreen {
    enum Action: Sendable { case nextField, previousField, submit }

    static let keys = KeyTable<SetupState, Action>([
        KeyBinding(.tab, "Champ suivant", help: "Passe au champ suivant (ou flèches ↑ ↓)", .nextField),
        KeyBinding(.down, "Champ suivant", .nextField).hidden,
        KeyBinding(.backTab, "Champ précédent", .previousField).hidden,
        KeyBinding(.up, "Champ précédent", .previousField).hidden,
        KeyBinding(.enter, "Valider", help: "Champ suivant, puis crée le compte", .submit),
    ])

    static func handle(_ setup: inout SetupState, _ key: Key) -> ([Effect], [SetupOutput]) {
        guard let action = keys.action(for: key, setup) else {
            switch setup.focus {
            case 0: _ = setup.firstName.handle(key)
            case 1: _ = setup.pin.handle(key)
            default: _ = setup.confirmPin.handle(key)
            }
            return ([], [])
        }
        switch action {
        case .nextField: setup.focus = (setup.focus + 1) % 3; return ([], [])
        case .previousField: setup.focus = (setup.focus + 2) % 3; return ([], [])
        case .submit:
            if setup.focus < 2 { setup.focus += 1; return ([], []) }
            if let problem = AccountCheck.problem(firstName: setup.firstName, pin: setup.pin, who: "du responsable") {
                setup.focus = problem.field
                return ([], [.status(.error(problem.message))])
            }
            if setup.pin.text != setup.confirmPin.text {
                setup.confirmPin.clear()
                setup.focus = 2
                return ([], [.status(.error("Les deux codes PIN ne sont pas identiques. Retapez la confirmation."))])
            }
            return ([.login(.createFirstManager(firstName: setup.firstName.trimmed, pin: setup.pin.text))], [])
        }
    }

    static func view(_ setup: SetupState, _ canvas: inout Canvas) {
        let x = 8
        canvas.put("Premier démarrage", x: x, y: 3, style: .bold)
        canvas.put("Créez le compte du responsable de la boutique. Il pourra ensuite", x: x, y: 5)
        canvas.put("ajouter les bénévoles (touche F8 à la caisse).", x: x, y: 6)
        let labels = ["Prénom            ", "Code PIN (4 à 8 chiffres)", "Confirmez le code PIN    "]
        let fields = [setup.firstName, setup.pin, setup.confirmPin]
        for i in 0..<3 {
            let y = 9 + i * 2
            canvas.put(Chrome.pad(labels[i], 26) + ":", x: x, y: y, style: setup.focus == i ? .bold : .plain)
            let w = i == 0 ? 24 : PinRule.maxLength
            canvas.put(fields[i].display(width: w), x: x + 28, y: y)
            if setup.focus == i { canvas.cursor = (x + 28 + fields[i].cursorOffset(width: w), y) }
        }
    }
}
