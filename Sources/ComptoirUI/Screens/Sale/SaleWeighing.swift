import ComptoirCore

/// Selling by the kilogram: an épicerie product or a friperie category priced per kg. The
/// weight is asked of the scale when there is one; the volunteer can always type it.
extension SaleScreen {
    /// A friperie category: by the piece, or by weight.
    static func addCategory(_ sale: inout SaleState, _ context: SaleContext, _ category: Category, quantity: Int) -> StatusLine {
        guard category.unit == .kg else {
            return add(&sale, CartLine(code: category.code, label: category.label, activity: .friperie,
                                       unitPrice: category.price, quantity: quantity))
        }
        return askWeight(&sale, context, .category(category), price: category.priceText)
    }

    /// Puts the code field in weight mode for `item`; with a scale, it is asked at once.
    static func askWeight(_ sale: inout SaleState, _ context: SaleContext, _ item: SaleState.Weighing, price: String) -> StatusLine {
        sale.weighing = item
        sale.mode = .weight
        sale.code.clear()
        return .info(context.hasScale
            ? "« \(item.name) » (\(price)) : posez-le sur la balance… ou tapez le poids, par exemple 1,250, puis Entrée."
            : "« \(item.name) » se vend au kilo (\(price)) : tapez le poids, par exemple 1,250, puis Entrée.")
    }

    /// The effects of entering weight mode: the scale is read when there is one.
    static func weighingEffects(_ sale: SaleState, _ context: SaleContext) -> [Effect] {
        sale.mode == .weight && context.hasScale ? [.readScale] : []
    }

    /// Entrée in weight mode: the weight typed, or, on an empty field, the scale again.
    static func enterWeight(_ sale: inout SaleState, _ context: SaleContext, _ text: String) -> Update {
        sale.code.clear()
        if text.isEmpty {
            guard context.hasScale else {
                return ([], [.status(.error("Tapez le poids en kilos, par exemple 1,250, puis Entrée (Échap : annuler)."))])
            }
            return ([.readScale], [.status(.info("Lecture de la balance…"))])
        }
        guard let grams = Grams.parseKilograms(text), grams > 0 else {
            return ([], [.status(.error("« \(text) » n'est pas un poids : tapez les kilos, par exemple 1,250 (Échap : annuler)."))])
        }
        return ([], addWeighed(&sale, grams: grams).map { [.status($0)] } ?? [])
    }

    /// The scale's answer: taken only while the sale screen waits for a weight.
    static func scaleAnswered(_ sale: inout SaleState, _ context: SaleContext, grams: Int?, problem: String?) -> [SaleOutput] {
        guard context.isShown, sale.mode == .weight, sale.weighing != nil else { return [] }
        guard let grams, grams > 0 else {
            // The weight is typed next: the field starts empty.
            sale.code.clear()
            return [.status(.error(problem ?? "La balance n'a pas donné de poids : tapez-le, par exemple 1,250, puis Entrée."))]
        }
        return addWeighed(&sale, grams: grams).map { [.status($0)] } ?? []
    }

    /// The weight is known: the line goes on the ticket with its weight and price per kg.
    static func addWeighed(_ sale: inout SaleState, grams: Int) -> StatusLine? {
        guard grams <= FriperieFlow.maximumGrams else {
            return .error("\(Grams.kilograms(Int64(grams))) : ce poids n'est pas plausible ; vérifiez la saisie.")
        }
        guard let item = sale.weighing else {
            sale.mode = .code
            return nil
        }
        sale.mode = .code
        sale.weighing = nil
        switch item {
        case .product(let product):
            return addWeighed(&sale, product, grams: grams)
        case .category(let category):
            return add(&sale, CartLine(code: category.code, label: "\(Grams.kilograms(Int64(grams))) \(category.label) à \(category.priceText)",
                                       activity: .friperie, unitPrice: category.price(grams: grams), quantity: 1, weightGrams: grams))
        }
    }
}
