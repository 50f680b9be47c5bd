import ComptoirCore

/// The épicerie's catalog and stock (Alt+I from the sale screen): stock on hand and the
/// low-stock list; arrivals (donation, purchase, food bank) by anyone at the till;
/// inventory corrections and product cards by a responsable. Every change is journaled.
enum StockScreen {
    enum ListAction: Equatable, Sendable { case move(Int), lowOnly, arrival, correction, newProduct, editProduct, back }
    enum FormAction: Sendable { case edit, save, cancel }

    /// The first binding answering to a key wins: ↑ is taken before "↑↓".
    static let listKeys = KeyTable<AppState, ListAction>([
        KeyBinding(.up, "Précédent", .move(-1)).hidden,
        KeyBinding(.upDown, "Choisir", .move(1)),
        KeyBinding(.pageUp, "Page précédente", .move(-10)).hidden,
        KeyBinding(.pageDown, "Page suivante", .move(10)).hidden,
        KeyBinding(.function(2), alt: .alt("a"), "Arrivée", help: "Don, achat ou banque alimentaire du produit choisi", .arrival),
        KeyBinding(.function(3), alt: .alt("b"), "Tout le stock", help: "Seulement les produits à leur seuil ou en dessous", .lowOnly)
            .when { $0.stock.lowOnly },
        KeyBinding(.function(3), alt: .alt("b"), "Stock bas", help: "Seulement les produits à leur seuil ou en dessous", .lowOnly)
            .when { !$0.stock.lowOnly },
        // A bénévole is told these are the responsables' own.
        KeyBinding(.function(4), alt: .alt("c"), "Correction", help: "Correction d'inventaire avec sa raison", .correction)
            .shown { $0.userIsManager },
        KeyBinding(.function(5), alt: .alt("n"), "Nouveau produit", .newProduct)
            .shown { $0.userIsManager },
        KeyBinding(.function(6), alt: .alt("m"), "Modifier", help: "Modifie le produit choisi", .editProduct)
            .shown { $0.userIsManager },
        KeyBinding(.escape, "Retour à la vente", .back),
    ])

    /// The arrows are the form's own keys (FormFields): listed here, handled there.
    static let formKeys = KeyTable<AppState, FormAction>([
        KeyBinding(.upDown, "Champ", .edit),
        KeyBinding(.function(2), alt: .alt("s"), "Enregistrer", .save),
        KeyBinding(.escape, "Annuler", .cancel),
    ])

    static func hints(_ state: AppState, for place: KeyPlaces) -> [KeyHint] {
        state.stock.form != nil ? formKeys.hints(state, for: place) : listKeys.hints(state, for: place)
    }

    static func open(_ state: inout AppState) -> [Effect] {
        state.stock = StockState()
        state.screen = .stock
        state.status = .info("Stock de l'épicerie. F2 : enregistrer une arrivée du produit choisi.")
        return [.stock(.loadStock)]
    }

    static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        if state.stock.form != nil { return handleForm(&state, key) }
        let shown = state.stock.shown
        guard let action = listKeys.action(for: key, state) else { return [] }
        let manager = state.user?.role.isManager == true
        let chosen = shown.indices.contains(state.stock.selected) ? shown[state.stock.selected] : nil
        let kind: StockForm.Kind?
        switch action {
        case .back:
            state.screen = .sale
            state.status = StatusLine()
            return []
        case .move(let step):
            state.stock.list.move(by: step, count: shown.count)
            return []
        case .lowOnly:
            state.stock.lowOnly.toggle()
            state.stock.selected = 0
            return []
        case .arrival:
            kind = chosen.map { .arrival($0) }
        case .correction:
            kind = manager ? chosen.map { .correction($0) } : nil
        case .newProduct:
            kind = manager ? .product(nil) : nil
        case .editProduct:
            kind = manager ? chosen.map { .product($0) } : nil
        }
        guard let kind else {
            state.status = .error(manager || action == .arrival
                ? "Aucun produit choisi : choisissez-le avec ↑ ↓."
                : "Réservé aux responsables : demandez à un responsable.")
            return []
        }
        let form = StockForm(kind)
        state.stock.form = form
        state.status = .info(form.title + " : remplissez puis F2.")
        return []
    }

    private static func handleForm(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var form = state.stock.form, let user = state.user else { return [] }
        defer { if state.stock.form != nil { state.stock.form = form } }
        switch formKeys.action(for: key, state) ?? .edit {
        case .cancel:
            state.stock.form = nil
            state.status = .info("Rien n'a été enregistré.")
            return []
        case .edit:
            _ = FormFields.handle(&form.fields, focus: &form.focus, key)
            return []
        case .save:
            break
        }
        switch effect(form, user: user) {
        case .failure(let problem):
            if let i = form.fields.firstIndex(where: { $0.label == problem.label }) { form.focus = i }
            state.status = .error(problem.text)
            return []
        case .success(let effect):
            state.status = .info("Enregistrement…")
            return [effect]
        }
    }

    /// The effect the form asks for, or its first problem.
    static func effect(_ form: StockForm, user: UserSummary) -> Result<Effect, FieldProblem> {
        do {
            switch form.kind {
            case .arrival(let p):
                let quantity = try StockForm.quantity(form.fields[0], unit: p.unit, signed: false).get()
                let weight = form.fields[2].text
                var grams: Int?
                if !weight.isEmpty {
                    guard let g = Grams.parseKilograms(weight), g > 0 else {
                        throw FieldProblem(label: form.fields[2].label, message: "tapez un poids comme 12,5, ou laissez vide.")
                    }
                    grams = g
                }
                return .success(.stock(.recordStock(code: p.code, kind: StockMovementKind.arrivals[form.fields[1].choice],
                                             quantity: quantity, weightGrams: grams, reason: nil, operatorId: user.id)))
            case .correction(let p):
                let quantity = try StockForm.quantity(form.fields[0], unit: p.unit, signed: true).get()
                return .success(.stock(.recordStock(code: p.code, kind: .correction, quantity: quantity, weightGrams: nil,
                                             reason: form.fields[1].text, operatorId: user.id)))
            case .product(let existing):
                let f = form.fields
                guard let market = try f[4].money().get() else { throw FieldProblem(label: f[4].label, message: "tapez un prix.") }
                let product = Product(
                    code: existing?.code ?? f[0].text.uppercased(), name: f[1].text, marketPrice: market, category: f[2].text,
                    unit: f[3].choice == 1 ? .kg : .piece, solidarityPrice: try f[5].money(optional: true).get(),
                    weightGrams: f[6].text.isEmpty ? nil : try f[6].count(1...100_000).get(),
                    lowStock: try f[7].count(0...100_000).get())
                return .success(.stock(.saveProduct(product, actorId: user.id)))
            }
        } catch let problem as FieldProblem {
            return .failure(problem)
        } catch {
            return .failure(FieldProblem(label: "Stock", message: "\(error)"))
        }
    }

    static func receive(_ stock: inout StockState, _ msg: StockMsg) -> [StockOutput] {
        switch msg {
        case .stockLoaded(let products, let message):
            stock.products = products
            stock.list.clamp(count: stock.shown.count)
            guard let message else { return [] }
            stock.form = nil
            return [.status(.success(message))]
        }
    }

    static func stockText(_ p: Product) -> String {
        p.unit == .kg ? Grams.kilograms(Int64(p.stock)) : "\(p.stock)"
    }

    static func view(_ state: AppState, _ canvas: inout Canvas) {
        if let form = state.stock.form {
            canvas.put(form.title, x: 2, y: 2, style: .bold, maxWidth: canvas.width - 4)
            FormFields.draw(form.fields, focus: form.focus, &canvas, x: 2, y: 4, labelWidth: 27, fieldWidth: 24)
            return
        }
        canvas.put(state.stock.lowOnly ? "Stock bas de l'épicerie" : "Stock de l'épicerie", x: 2, y: 2, style: .bold)
        let header = "  " + Chrome.pad("Code", 14) + Chrome.pad("Produit", 25) + Chrome.pad("Catégorie", 15)
            + Chrome.right("Stock", 10) + Chrome.right("Seuil", 8)
        canvas.put(header, x: 1, y: 4, style: .bold)
        let shown = state.stock.shown
        if shown.isEmpty {
            canvas.put(state.stock.lowOnly ? "Aucun produit n'est au seuil." : "Aucun produit au catalogue : F5, ou comptoir import products.",
                       x: 3, y: 5, style: Style(dim: true))
        }
        let barHeight = Chrome.keyBarHeight(App.hints(state), width: canvas.width)
        let rows = max(1, canvas.height - barHeight - 7)
        state.stock.list.draw(count: shown.count, &canvas, x: 1, y: 5, width: canvas.width - 2, height: rows) { i, selected in
            let p = shown[i]
            let low = p.stock <= p.lowStock
            let threshold = p.unit == .kg ? String(Grams.kilograms(Int64(p.lowStock)).dropLast(3)) : "\(p.lowStock)"
            let text = ListState.marker(selected) + Chrome.pad(p.code, 14) + Chrome.pad(p.name, 25)
                + Chrome.pad(p.category, 15) + Chrome.right(stockText(p), 10) + Chrome.right(threshold, 8)
                + (low ? " BAS" : "")
            return (text, low ? .error : .plain)
        }
    }
}
