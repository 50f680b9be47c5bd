import ComptoirCore

/// The friperie's categories (Alt+C from the sale screen, a responsable or an admin): the
/// list, a new category, a change of its label, key, price (per piece or per kilogram),
/// family and average weight. Saved through the ledger's catalog code, journaled as
/// `comptoir categories set` does; every till sells with the new list within seconds.
enum CategoriesScreen {
    enum ListAction: Equatable, Sendable { case move(Int), add, edit, back }
    enum FormAction: Equatable, Sendable { case edit, enter, save, cancel }

    /// The first binding answering to a key wins: ↑ is taken before "↑↓".
    static let listKeys = KeyTable<CategoriesKeysContext, ListAction>([
        KeyBinding(.up, "Précédente", .move(-1)).hidden,
        KeyBinding(.upDown, "Choisir", .move(1)),
        KeyBinding(.pageUp, "Page précédente", .move(-10)).hidden,
        KeyBinding(.pageDown, "Page suivante", .move(10)).hidden,
        KeyBinding(.function(2), alt: .alt("n"), "Nouvelle", help: "Crée une catégorie : code, libellé, touche, prix…", .add),
        KeyBinding(.function(3), alt: .alt("m"), "Modifier", help: "Change la catégorie choisie (ou Entrée)", .edit),
        KeyBinding(.enter, "Modifier", .edit).hidden,
        KeyBinding(.escape, "Retour à la vente", .back).when { $0.state.exit == .sale },
        KeyBinding(.escape, "Terminer", help: "Passe à la suite", .back).when { $0.state.exit != .sale },
    ])

    /// The arrows, Tab and the typing are the form's own keys (FormFields): listed here,
    /// handled there. Entrée moves to the next field, and saves on the last one.
    static let formKeys = KeyTable<CategoriesKeysContext, FormAction>([
        KeyBinding(.upDown, "Champ", .edit),
        KeyBinding(.leftRight, "Choix", help: "Change « Vendue » et « Famille »", .edit),
        KeyBinding(.enter, "Suivant", help: "Champ suivant ; sur le dernier, enregistre", .enter),
        KeyBinding(.function(2), alt: .alt("s"), "Enregistrer", .save),
        KeyBinding(.escape, "Annuler", .cancel),
    ])

    static func hints(_ state: CategoriesState, _ context: CategoriesContext, for place: KeyPlaces) -> [KeyHint] {
        let keys = CategoriesKeysContext(state: state, context: context)
        return state.form != nil ? formKeys.hints(keys, for: place) : listKeys.hints(keys, for: place)
    }

    static let managersOnly = "Réservé aux responsables : un·e responsable crée et change les catégories."

    /// Opens the list, for a responsable or an admin only; `exit` is where Échap leads.
    static func open(_ state: inout CategoriesState, _ context: CategoriesContext,
                     exit: Screen = .sale) -> ([Effect], [CategoriesOutput]) {
        guard context.userIsManager else { return ([], [.status(.error(managersOnly))]) }
        state = CategoriesState()
        state.exit = exit
        let status: StatusLine = context.categories.isEmpty
            ? .info("Aucune catégorie encore : F2 crée la première (T-shirt 1 €, vrac 3 €/kg…).")
            : .info("Catégories de la friperie : F2 en crée une, Entrée change la choisie.")
        return ([.categories(.loadCategories)], [.show, .status(status)])
    }

    static func handle(_ state: inout CategoriesState, _ context: CategoriesContext, _ key: Key) -> ([Effect], [CategoriesOutput]) {
        if state.form != nil { return handleForm(&state, context, key) }
        let keys = CategoriesKeysContext(state: state, context: context)
        guard let action = listKeys.action(for: key, keys) else { return ([], []) }
        let categories = context.categories
        switch action {
        case .back:
            return ([], [.done, .status(StatusLine())])
        case .move(let step):
            state.list.move(by: step, count: categories.count)
            return ([], [])
        case .add, .edit:
            guard context.userIsManager else { return ([], [.status(.error(managersOnly))]) }
            let chosen = categories.indices.contains(state.list.selected) ? categories[state.list.selected] : nil
            if action == .edit, chosen == nil {
                return ([], [.status(.error("Aucune catégorie à changer : F2 en crée une."))])
            }
            let form = CategoryForm(action == .edit ? chosen : nil)
            state.form = form
            return ([], [.status(.info(form.title + " : remplissez, puis Entrée sur le dernier champ (ou F2)."))])
        }
    }

    private static func handleForm(_ state: inout CategoriesState, _ context: CategoriesContext, _ key: Key) -> ([Effect], [CategoriesOutput]) {
        guard var form = state.form else { return ([], []) }
        let keys = CategoriesKeysContext(state: state, context: context)
        switch formKeys.action(for: key, keys) ?? .edit {
        case .cancel:
            state.form = nil
            return ([], [.status(.info("Rien n'a été enregistré."))])
        case .enter where !form.isLastField, .edit:
            _ = FormFields.handle(&form.fields, focus: &form.focus, key)
            form.relabel()
            state.form = form
            return ([], [])
        case .enter, .save:
            break
        }
        guard let user = context.user, context.userIsManager else { return ([], [.status(.error(managersOnly))]) }
        switch form.category(others: context.categories) {
        case .failure(let problem):
            if let i = form.fields.firstIndex(where: { $0.label == problem.label }) { form.focus = i }
            state.form = form
            return ([], [.status(.error(problem.text))])
        case .success(let category):
            return ([.categories(.saveCategory(category, isNew: form.existing == nil, actorId: user.id))],
                    [.status(.info("Enregistrement…"))])
        }
    }

    /// The ledger's list, after a load, a save, or another till's change.
    static func receive(_ state: inout CategoriesState, _ msg: CategoriesMsg) -> [CategoriesOutput] {
        switch msg {
        case .categoriesLoaded(let categories, let message):
            var outputs: [CategoriesOutput] = [.categoriesChanged(categories)]
            if let message {
                // The saved category is the one chosen, where the new order put it.
                if let code = state.form?.existing?.code ?? state.form?[.code].text.uppercased(),
                   let i = categories.firstIndex(where: { $0.code == code }) {
                    state.list.selected = i
                }
                state.form = nil
                outputs.append(.status(.success(message)))
            }
            state.list.clamp(count: categories.count)
            return outputs
        }
    }

    /// `keyBarHeight`: the rows the app's key bar takes at the bottom.
    static func view(_ state: CategoriesState, _ context: CategoriesContext, keyBarHeight: Int, _ canvas: inout Canvas) {
        if let form = state.form {
            canvas.put(form.title, x: 2, y: 2, style: .bold, maxWidth: canvas.width - 4)
            FormFields.draw(form.fields, focus: form.focus, &canvas, x: 2, y: 4, labelWidth: 26, fieldWidth: 26)
            let notes = [
                "La touche vend la catégorie depuis l'écran de vente (n° + Entrée) ;",
                "sans touche, on tape son code. Au kilo, le poids est lu ou tapé.",
                "Le poids moyen d'une pièce compte en kilos ce qui se vend à la pièce.",
            ]
            for (i, note) in notes.enumerated() {
                canvas.put(note, x: 2, y: 5 + form.fields.count + i, style: Style(dim: true), maxWidth: canvas.width - 4)
            }
            return
        }
        canvas.put("Catégories de la friperie", x: 2, y: 2, style: .bold)
        canvas.put("  " + row(key: "Touche", code: "Code", label: "Libellé", price: "Prix", family: "Famille", average: "Poids moy."),
                   x: 1, y: 4, style: .bold)
        let categories = context.categories
        if categories.isEmpty {
            canvas.put("Aucune catégorie : F2 crée la première (T-shirt 1 €, vrac 3 €/kg…).", x: 3, y: 5, style: Style(dim: true))
        }
        let rows = max(1, canvas.height - keyBarHeight - 7)
        state.list.draw(count: categories.count, &canvas, x: 1, y: 5, width: canvas.width - 2, height: rows) { i, selected in
            let c = categories[i]
            let text = ListState.marker(selected)
                + row(key: c.key.map(String.init) ?? "", code: c.code, label: c.label, price: c.priceText,
                      family: c.family.label, average: c.averageGrams.map { Grams.kilograms(Int64($0)) } ?? "")
            return (text, .plain)
        }
    }

    private static func row(key: String, code: String, label: String, price: String, family: String, average: String) -> String {
        Chrome.pad(key, 7) + Chrome.pad(code, 11) + Chrome.pad(label, 15) + Chrome.right(price, 11) + "  "
            + Chrome.pad(family, 19) + Chrome.right(average, 10)
    }
}
