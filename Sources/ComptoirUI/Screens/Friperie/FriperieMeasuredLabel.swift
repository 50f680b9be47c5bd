import ComptoirCore

/// F8 at the back door: a bag of vrac weighed (typed or F4) gets a label with its weight in
/// a variable-measure EAN-13 (`[barcodes] weight_prefix`), at the price of a category sold
/// by the kilo. The till reads the label back as the line it would have weighed itself.
extension FriperieScreen {
    enum LabelAction: Sendable { case previous, next, print, close }

    static let labelKeys = KeyTable<FriperieKeysContext, LabelAction>([
        KeyBinding(.upDown, "Catégorie", help: "↑ ↓ ou le chiffre : choisit la catégorie au kilo de l'étiquette", .next),
        KeyBinding(.up, "Catégorie précédente", .previous).hidden,
        KeyBinding(.down, "Catégorie suivante", .next).hidden,
        KeyBinding(.enter, "Imprimer", help: "Imprime l'étiquette de la catégorie choisie", .print),
        KeyBinding(.escape, "Annuler", help: "Ferme sans rien imprimer", .close),
    ])

    /// The weight in the field, checked, and the choice of its category.
    static func openLabel(_ friperie: inout FriperieState, _ context: FriperieContext) -> ([Effect], [FriperieOutput]) {
        guard let format = context.labelFormat else { return ([], []) }
        guard context.hasPrinter else {
            return ([], [.status(.error("Pas d'imprimante à cette caisse : l'étiquette ne peut pas être imprimée."))])
        }
        guard !context.labelCategories.isEmpty else {
            return ([], [.status(.error("Aucune catégorie au kilo n'a un code de \(format.itemDigits) chiffres : un·e responsable le donne (Alt+C, Catégories)."))])
        }
        let grams: Int
        switch typedGrams(&friperie, context) {
        case .success(let typed): grams = typed
        case .failure(let refusal): return ([], [.status(.error("Étiquette : " + refusal.message))])
        }
        if let problem = MeasuredLabel.weightProblem(grams: grams, format: format) {
            friperie.focus = .weight
            return ([], [.status(.error(problem))])
        }
        friperie.label = FriperieState.LabelPick(grams: grams, selected: 0)
        return ([], [.status(.info("Étiquette de \(Grams.kilograms(Int64(grams))) : choisissez la catégorie, puis Entrée."))])
    }

    static func handleLabel(_ friperie: inout FriperieState, _ context: FriperieContext, _ key: Key) -> ([Effect], [FriperieOutput]) {
        guard var pick = friperie.label else { return ([], []) }
        let categories = context.labelCategories
        guard !categories.isEmpty else {
            friperie.label = nil
            return ([], [.status(.error("Plus aucune catégorie au kilo pour une étiquette : rien n'a été imprimé."))])
        }
        pick.selected = min(pick.selected, categories.count - 1)
        switch labelKeys.action(for: key, FriperieKeysContext(friperie: friperie, context: context)) {
        case .previous?:
            pick.selected = (pick.selected + categories.count - 1) % categories.count
        case .next?:
            pick.selected = (pick.selected + 1) % categories.count
        case .close?:
            friperie.label = nil
            return ([], [.status(.info("Étiquette abandonnée : rien n'a été imprimé."))])
        case .print?:
            return printLabel(&friperie, context, categories[pick.selected], grams: pick.grams)
        case nil:
            guard case .char(let c) = key, let n = c.wholeNumberValue else { return ([], []) }
            guard (1...min(9, categories.count)).contains(n) else {
                return ([], [.status(.error("Catégorie : tapez un chiffre de 1 à \(min(9, categories.count)), ou choisissez avec ↑ ↓."))])
            }
            pick.selected = n - 1
        }
        friperie.label = pick
        return ([], [])
    }

    private static func printLabel(_ friperie: inout FriperieState, _ context: FriperieContext, _ category: Category,
                                   grams: Int) -> ([Effect], [FriperieOutput]) {
        guard let user = context.user, let format = context.labelFormat else { return ([], []) }
        guard let label = MeasuredLabel(category: category, grams: grams, format: format) else {
            let problem = MeasuredLabel.problem(category: category, grams: grams, format: format)
            return ([], [.status(.error(problem ?? "Cette étiquette ne peut pas être faite."))])
        }
        friperie.label = nil
        // The next bag is weighed the same way: only the weight is cleared.
        friperie.weight.clear()
        friperie.focus = .weight
        return ([.friperie(.printMeasuredLabel(label, operatorId: user.id))],
                [.status(.info("Impression de l'étiquette : \(category.label), \(Grams.kilograms(Int64(grams))), \(label.price.formatted)…"))])
    }

    /// The window over the form: the weight, then each category with the price of this bag.
    static func drawLabel(_ pick: FriperieState.LabelPick, _ context: FriperieContext, _ canvas: inout Canvas) {
        let categories = context.labelCategories
        let shown = Array(categories.prefix(9))
        let width = 56, height = 6 + shown.count
        let x = (canvas.width - width) / 2, y = 3
        let inner = Chrome.box(&canvas, x: x, y: y, width: width, height: height, title: "ÉTIQUETTE PESÉE")
        canvas.put("Poids : " + Grams.kilograms(Int64(pick.grams)), x: inner.x, y: inner.y + 1, style: .bold)
        canvas.put("Catégorie (chiffre ou ↑ ↓) :", x: inner.x, y: inner.y + 2, style: Style(dim: true))
        for (i, category) in shown.enumerated() {
            let price = Chrome.right(category.price(grams: pick.grams).formatted, 10)
            let text = "\(i + 1) " + Chrome.pad(category.label, 22) + " " + Chrome.right(category.priceText, 14) + price
            canvas.put(text, x: inner.x, y: inner.y + 3 + i, style: i == pick.selected ? .selected : .plain, maxWidth: width - 4)
        }
    }
}
