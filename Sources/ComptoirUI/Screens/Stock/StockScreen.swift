import ComptoirCore

/// The épicerie's catalog and stock (Alt+I from the sale screen): stock on hand and the
/// low-stock list; arrivals (donation, purchase, food bank) by anyone at the till;
/// inventory corrections and product cards by a responsable. Every change is journaled.
enum StockScreen {
    enum ListAction: Equatable, Sendable { case move(Int), lowOnly, arrival, correction, newProduct, editProduct, back }
    enum FormAction: Sendable { case edit, save, cancel }

    /// The first binding answering to a key wins: ↑ is taken before "↑↓".
    static let listKeys = KeyTable<StockKeysContext, ListAction>([
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
            .shown { $0.context.userIsManager },
        KeyBinding(.function(5), alt: .alt("n"), "Nouveau produit", .newProduct)
            .shown { $0.context.userIsManager },
        KeyBinding(.function(6), alt: .alt("m"), "Modifier", help: "Modifie le produit choisi", .editProduct)
            .shown { $0.context.userIsManager },
        KeyBinding(.escape, "Retour à la vente", .back),
    ])

    /// The arrows are the form's own keys (FormFields): listed here, handled there.
    static let formKeys = KeyTable<StockKeysContext, FormAction>([
        KeyBinding(.upDown, "Champ", .edit),
        KeyBinding(.function(2), alt: .alt("s"), "Enregistrer", .save),
        KeyBinding(.escape, "Annuler", .cancel),
    ])

    static func hints(_ stock: StockState, _ context: StockContext, for place: KeyPlaces) -> [KeyHint] {
        let keys = StockKeysContext(stock: stock, context: context)
        return stock.form != nil ? formKeys.hints(keys, for: place) : listKeys.hints(keys, for: place)
    }

    static func open(_ stock: inout StockState, _ context: StockContext) -> ([Effect], [StockOutput]) {
        stock = StockState()
        return ([.stock(.loadStock)], [.show, .status(.info("Stock de l'épicerie. F2 : enregistrer une arrivée du produit choisi."))])
    }

    static func handle(_ stock: inout StockState, _ context: StockContext, _ key: Key) -> ([Effect], [StockOutput]) {
        if stock.form != nil { return handleForm(&stock, context, key) }
        let shown = stock.shown
        guard let action = listKeys.action(for: key, StockKeysContext(stock: stock, context: context)) else { return ([], []) }
        let manager = context.userIsManager
        let chosen = shown.indices.contains(stock.selected) ? shown[stock.selected] : nil
        let kind: StockForm.Kind?
        switch action {
        case .back:
            return ([], [.backToSale, .status(StatusLine())])
        case .move(let step):
            stock.list.move(by: step, count: shown.count)
            return ([], [])
        case .lowOnly:
            stock.lowOnly.toggle()
            stock.selected = 0
            return ([], [])
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
            return ([], [.status(.error(manager || action == .arrival
                ? "Aucun produit choisi : choisissez-le avec ↑ ↓."
                : "Réservé aux responsables : demandez à un responsable."))])
        }
        let form = StockForm(kind)
        stock.form = form
        return ([], [.status(.info(form.title + " : remplissez puis F2."))])
    }

    private static func handleForm(_ stock: inout StockState, _ context: StockContext, _ key: Key) -> ([Effect], [StockOutput]) {
        guard var form = stock.form, let user = context.user else { return ([], []) }
        switch formKeys.action(for: key, StockKeysContext(stock: stock, context: context))
            ?? FormFields.unbound(key, form.fields, focus: form.focus, save: .save, edit: .edit) {
        case .cancel:
            stock.form = nil
            return ([], [.status(.info("Rien n'a été enregistré."))])
        case .edit:
            _ = FormFields.handle(&form.fields, focus: &form.focus, key)
            stock.form = form
            return ([], [])
        case .save:
            break
        }
        switch effect(form, user: user) {
        case .failure(let problem):
            if let i = form.fields.firstIndex(where: { $0.label == problem.label }) { form.focus = i }
            stock.form = form
            return ([], [.status(.error(problem.text))])
        case .success(let effect):
            return ([effect], [.status(.info("Enregistrement…"))])
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

    /// `keyBarHeight`: the rows the app's key bar takes at the bottom.
    static func view(_ stock: StockState, keyBarHeight: Int, _ canvas: inout Canvas) {
        if let form = stock.form {
            canvas.put(form.title, x: 2, y: 2, style: .bold, maxWidth: canvas.width - 4)
            FormFields.draw(form.fields, focus: form.focus, &canvas, x: 2, y: 4, labelWidth: 27, fieldWidth: 24)
            return
        }
        canvas.put(stock.lowOnly ? "Stock bas de l'épicerie" : "Stock de l'épicerie", x: 2, y: 2, style: .bold)
        let negatives = stock.shown.filter { $0.stock < 0 }.count
        if negatives > 0 {
            let title = stock.lowOnly ? "Stock bas de l'épicerie" : "Stock de l'épicerie"
            let text = negatives == 1 ? "1 stock négatif, en tête : à recompter" : "\(negatives) stocks négatifs, en tête : à recompter"
            canvas.put("— " + text, x: 3 + title.count, y: 2, style: Style(bold: true, foreground: .red))
        }
        let header = "  " + Chrome.pad("Code", 14) + Chrome.pad("Produit", 25) + Chrome.pad("Catégorie", 15)
            + Chrome.right("Stock", 10) + Chrome.right("Seuil", 8)
        canvas.put(header, x: 1, y: 4, style: .bold)
        let shown = stock.shown
        if shown.isEmpty {
            canvas.put(stock.lowOnly ? "Aucun produit n'est au seuil." : "Aucun produit au catalogue : F5, ou comptoir import products.",
                       x: 3, y: 5, style: Style(dim: true))
        }
        let rows = max(1, canvas.height - keyBarHeight - 7)
        stock.list.draw(count: shown.count, &canvas, x: 1, y: 5, width: canvas.width - 2, height: rows) { i, selected in
            let p = shown[i]
            let low = p.stock <= p.lowStock
            let threshold = p.unit == .kg ? String(Grams.kilograms(Int64(p.lowStock)).dropLast(3)) : "\(p.lowStock)"
            let text = ListState.marker(selected) + Chrome.pad(p.code, 14) + Chrome.pad(p.name, 25)
                + Chrome.pad(p.category, 15) + Chrome.right(stockText(p), 10) + Chrome.right(threshold, 8)
                + (low ? " BAS" : "")
            return (text, p.stock < 0 ? Style(bold: true, foreground: .white, background: .red) : low ? .error : .plain)
        }
    }
}
