import ComptoirCore

/// Selling by the kilogram: an épicerie product or a friperie category priced per kg. The
/// weight is asked of the scale when there is one; the volunteer can always type it.
extension SaleScreen {
    /// A friperie category: by the piece, or by weight.
    static func addCategory(_ state: inout AppState, _ category: Category, quantity: Int) {
        guard category.unit == .kg else {
            add(&state, CartLine(code: category.code, label: category.label, activity: .friperie,
                                 unitPrice: category.price, quantity: quantity))
            return
        }
        askWeight(&state, .category(category), price: category.priceText)
    }

    /// Puts the code field in weight mode for `item`; with a scale, it is asked at once.
    static func askWeight(_ state: inout AppState, _ item: SaleState.Weighing, price: String) {
        state.sale.weighing = item
        state.sale.mode = .weight
        state.sale.code.clear()
        state.status = .info(state.context.hasScale
            ? "« \(item.name) » (\(price)) : posez-le sur la balance… ou tapez le poids, par exemple 1,250, puis Entrée."
            : "« \(item.name) » se vend au kilo (\(price)) : tapez le poids, par exemple 1,250, puis Entrée.")
    }

    /// The effects of entering weight mode: the scale is read when there is one.
    static func weighingEffects(_ state: AppState) -> [Effect] {
        state.sale.mode == .weight && state.context.hasScale ? [.readScale] : []
    }

    /// Entrée in weight mode: the weight typed, or, on an empty field, the scale again.
    static func enterWeight(_ state: inout AppState, _ text: String) -> [Effect] {
        state.sale.code.clear()
        if text.isEmpty {
            guard state.context.hasScale else {
                state.status = .error("Tapez le poids en kilos, par exemple 1,250, puis Entrée (Échap : annuler).")
                return []
            }
            state.status = .info("Lecture de la balance…")
            return [.readScale]
        }
        guard let grams = Grams.parseKilograms(text), grams > 0 else {
            state.status = .error("« \(text) » n'est pas un poids : tapez les kilos, par exemple 1,250 (Échap : annuler).")
            return []
        }
        addWeighed(&state, grams: grams)
        return []
    }

    static func scaleAnswered(_ state: inout AppState, grams: Int?, problem: String?) {
        guard state.screen == .sale, state.sale.mode == .weight, state.sale.weighing != nil else { return }
        guard let grams, grams > 0 else {
            state.status = .error(problem ?? "La balance n'a pas donné de poids : tapez-le, par exemple 1,250, puis Entrée.")
            return
        }
        addWeighed(&state, grams: grams)
    }

    /// The weight is known: the line goes on the ticket with its weight and price per kg.
    private static func addWeighed(_ state: inout AppState, grams: Int) {
        guard grams <= FriperieFlow.maximumGrams else {
            state.status = .error("\(Grams.kilograms(Int64(grams))) : ce poids n'est pas plausible ; vérifiez la saisie.")
            return
        }
        guard let item = state.sale.weighing else {
            state.sale.mode = .code
            return
        }
        state.sale.mode = .code
        state.sale.weighing = nil
        switch item {
        case .product(let product):
            addWeighed(&state, product, grams: grams)
        case .category(let category):
            add(&state, CartLine(code: category.code, label: "\(Grams.kilograms(Int64(grams))) \(category.label) à \(category.priceText)",
                                 activity: .friperie, unitPrice: category.price(grams: grams), quantity: 1, weightGrams: grams))
        }
    }
}
