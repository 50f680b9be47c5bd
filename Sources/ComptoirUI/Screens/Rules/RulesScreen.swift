import ComptoirCore

/// The épicerie's rules, edited by a responsable; saving journals them whole.
enum RulesScreen {
    enum Action: Sendable { case edit, save, close }

    /// The arrows are the form's own keys (FormFields): listed here, handled there.
    static let keys = KeyTable<RulesContext, Action>([
        KeyBinding(.upDown, "Champ", .edit),
        KeyBinding(.leftRight, "Choix", help: "Change le choix (sur un champ à choix)", .edit),
        KeyBinding(.function(2), alt: .alt("s"), "Enregistrer", help: "Enregistre les règles (notées au journal) ; elles s'appliquent aussitôt", .save),
        KeyBinding(.escape, "Fermer sans enregistrer", .close),
    ])

    /// F4 on the household file (a responsable): the form starts from the rules in force.
    static func open(_ context: RulesContext) -> (RulesForm, [RulesOutput]) {
        (RulesForm(context.rules),
         [.show, .status(.info("Tranches : la limite haute de chacune (vide à la dernière = et au-delà), la participation en % ou « non »."))])
    }

    static func handle(_ form: inout RulesForm, _ context: RulesContext, _ key: Key) -> ([Effect], [RulesOutput]) {
        guard let userId = context.userId else { return ([], []) }
        switch keys.action(for: key, context) ?? FormFields.unbound(key, form.fields, focus: form.focus, save: .save, edit: .edit) {
        case .close:
            return ([], [.closed, .status(.info("Règles inchangées."))])
        case .save:
            switch form.rules {
            case .failure(let problem):
                if let i = form.fields.firstIndex(where: { $0.label == problem.label }) { form.focus = i }
                return ([], [.status(.error(problem.text))])
            case .success(let rules):
                return ([.households(.saveRules(rules, actorId: userId))], [.status(.info("Enregistrement des règles…"))])
            }
        case .edit:
            _ = FormFields.handle(&form.fields, focus: &form.focus, key)
            return ([], [])
        }
    }

    static func view(_ form: RulesForm, _ canvas: inout Canvas) {
        canvas.put("Règles de l'épicerie", x: 2, y: 2, style: .bold)
        let fields = form.fields
        // The grid and the settings are drawn apart; FormFields draws one column at a time.
        FormFields.draw([fields[0]], focus: form.focus == 0 ? 0 : -1, &canvas, x: 2, y: 3, labelWidth: 8, fieldWidth: 20)
        canvas.put("Tranches (\(form.fields[0].choice == 0 ? "QF en €/mois" : "RAV en €/pers./jour"))", x: 2, y: 5, style: .bold)
        var from = "0,00"
        for row in 0..<RulesForm.bracketRows {
            let y = 6 + row
            let upper = 1 + 2 * row, rate = upper + 1
            canvas.put("\(row + 1). de \(Chrome.right(from, 8)) à", x: 2, y: y)
            canvas.put(fields[upper].input.display(width: 9), x: 20, y: y)
            canvas.put("€ →", x: 30, y: y)
            canvas.put(fields[rate].input.display(width: 3), x: 34, y: y)
            canvas.put("%", x: 38, y: y)
            if form.focus == upper { canvas.cursor = (20 + fields[upper].input.cursorOffset(width: 9), y) }
            if form.focus == rate { canvas.cursor = (34 + fields[rate].input.cursorOffset(width: 3), y) }
            if !fields[upper].text.isEmpty { from = fields[upper].text }
        }
        canvas.put("Dernière limite vide : et au-delà.", x: 2, y: 13, style: Style(dim: true))
        canvas.put("% « non » : non éligible.", x: 2, y: 14, style: Style(dim: true))
        for y in 3...15 { canvas.put("│", x: 40, y: y) }
        let settings = Array(fields[RulesForm.settings...])
        let focus = form.focus - RulesForm.settings
        let cursor = canvas.cursor
        FormFields.draw(settings, focus: focus, &canvas, x: 42, y: 3, labelWidth: 17, fieldWidth: 18)
        if focus < 0 { canvas.cursor = cursor }
        if case .failure(let problem) = form.rules {
            canvas.put("À corriger : " + problem.text, x: 2, y: 16, style: Style(dim: true), maxWidth: canvas.width - 3)
        }
    }
}
