import ComptoirCore

/// Variable-measure EAN-13 (`[barcodes]`): a bag weighed and labelled at the back door is
/// scanned at the till and becomes the line it would have been if weighed there.
extension SaleScreen {
    /// The code typed or scanned, when it is a variable-measure one; nil otherwise.
    static func measuredCode(_ context: SaleContext, _ code: String, quantity: Int) -> Update? {
        guard let format = context.variableMeasure, let parsed = VariableMeasureCode.parse(code, format) else { return nil }
        switch parsed {
        case .failure(let problem):
            return ([], [.status(.error(problem.message))])
        case .success(let measured):
            guard quantity == 1 else {
                return ([], [.status(.error("Une étiquette pesée se scanne article par article : sans « \(quantity)* » devant."))])
            }
            return ([.sale(.resolveMeasured(measured))], [])
        }
    }

    /// The line of a variable-measure code, priced as if weighed (or priced) at the till.
    static func addMeasured(_ sale: inout SaleState, _ context: SaleContext, _ code: VariableMeasureCode,
                            _ item: CatalogItem?) -> StatusLine? {
        guard sale.mode == .code else {
            return .error("Étiquette lue pendant une autre saisie : terminez-la (ou Échap), puis scannez à nouveau.")
        }
        switch (code, item) {
        case (_, nil):
            return .error("Étiquette de l'article « \(code.item) » : aucune catégorie ni aucun produit n'a ce code. Un·e responsable le donne à la catégorie (Alt+C) ou au produit (Alt+I).")
        case (.weight(_, let grams), .category(let category)?):
            guard category.unit == .kg else {
                return .error("« \(category.label) » se vend à la pièce : une étiquette pesée ne lui va pas.")
            }
            sale.weighing = .category(category)
            return addWeighed(&sale, grams: grams)
        case (.weight(_, let grams), .product(let product)?):
            guard product.unit == .kg else {
                return .error("« \(product.name) » se vend à la pièce : une étiquette pesée ne lui va pas.")
            }
            sale.weighing = .product(product)
            return addWeighed(&sale, grams: grams)
        case (.price(_, let price), .category(let category)?):
            guard category.unit != .kg else {
                return .error("« \(category.label) » se vend au kilo : il faut une étiquette pesée, pas une étiquette à prix.")
            }
            return add(&sale, CartLine(code: category.code, label: category.label, activity: .friperie, unitPrice: price))
        case (.price, .product(let product)?):
            return .error("« \(product.name) » : l'épicerie se vend au prix du foyer, pas à celui d'une étiquette.")
        }
    }
}
