import ComptoirCore

/// An arrival, an inventory correction, or a product's card, as typed on the stock screen.
public struct StockForm: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case arrival(Product)
        case correction(Product)
        /// A new product (nil) or the one being changed.
        case product(Product?)
    }

    public var kind: Kind
    public var fields: [FormField]
    public var focus = 0

    public init(_ kind: Kind) {
        self.kind = kind
        switch kind {
        case .arrival(let p):
            fields = [
                FormField(p.unit == .kg ? "Quantité (kg)" : "Quantité (pièces)", maxLength: 8),
                FormField("Provenance", options: StockMovementKind.arrivals.map(\.label), choice: 0),
                FormField("Poids total (kg, facult.)", maxLength: 8),
            ]
        case .correction(let p):
            fields = [
                FormField(p.unit == .kg ? "Écart (kg, − pour retirer)" : "Écart (− pour retirer)", maxLength: 8),
                FormField("Raison", maxLength: 40),
            ]
        case .product(let p):
            let short: (Money?) -> String = { $0?.plain ?? "" }
            fields = [
                FormField("Code (EAN-13 ou interne)", p?.code ?? "", maxLength: 20),
                FormField("Nom", p?.name ?? "", maxLength: 40),
                FormField("Catégorie", p?.category ?? "", maxLength: 30),
                FormField("Unité", options: ["pièce", "kg"], choice: p?.unit == .kg ? 1 : 0),
                FormField("Prix de référence (€)", short(p?.marketPrice), maxLength: 9),
                FormField("Prix solidaire (facult.)", short(p?.solidarityPrice), maxLength: 9),
                FormField("Poids d'une pièce (g)", p?.weightGrams.map(String.init) ?? "", maxLength: 6, digitsOnly: true),
                FormField("Seuil de stock bas", p.map { "\($0.lowStock)" } ?? "0", maxLength: 6, digitsOnly: true),
            ]
        }
    }

    public var title: String {
        switch kind {
        case .arrival(let p): return "Arrivée : \(p.name)"
        case .correction(let p): return "Correction d'inventaire : \(p.name)"
        case .product(let p): return p.map { "Produit \($0.code)" } ?? "Nouveau produit"
        }
    }

    /// A quantity in the product's unit: pieces, or kilograms turned into grams.
    static func quantity(_ field: FormField, unit: Product.Unit, signed: Bool) -> Result<Int, FieldProblem> {
        var text = field.text
        let negative = signed && (text.hasPrefix("-") || text.hasPrefix("−"))
        if negative { text.removeFirst() }
        let value = unit == .kg ? Grams.parseKilograms(text) : Int(text)
        guard let value, value != 0 || signed else {
            return .failure(FieldProblem(label: field.label,
                                         message: unit == .kg ? "tapez un poids comme 2,5." : "tapez un nombre entier de pièces."))
        }
        return .success(negative ? -value : value)
    }
}
