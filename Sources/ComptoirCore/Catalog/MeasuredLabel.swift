/// The label of a bag weighed at the back door (F8 on « Pesées »): a category sold by the
/// kilo, the weight, the price the till will charge for it, and the variable-measure
/// EAN-13 that carries the weight. Scanned at the till, the code gives back the same line.
public struct MeasuredLabel: Equatable, Sendable {
    public let category: Category
    public let grams: Int
    /// `category.price(grams:)`: the rounding the till applies to the same weight.
    public let price: Money
    /// The 13 digits, printed as a barcode and in clear.
    public let code: String

    /// Nil when the category is not sold by the kilo, its code does not fit the format's
    /// item digits, the format has no weight prefix, or the weight does not fit the
    /// measure's digits (`problem` says which, in French).
    public init?(category: Category, grams: Int, format: VariableMeasureFormat) {
        guard Self.problem(category: category, grams: grams, format: format) == nil,
              let code = VariableMeasureCode.make(item: category.code, grams: grams, format) else { return nil }
        self.category = category
        self.grams = grams
        self.price = category.price(grams: grams)
        self.code = code
    }

    /// The categories a label can be printed for: sold by the kilo, with a code of exactly
    /// the format's item digits.
    public static func categories(_ all: [Category], format: VariableMeasureFormat) -> [Category] {
        all.filter { $0.unit == .kg && isItem($0.code, format) }
    }

    /// The heaviest weight the code's measure digits can carry.
    public static func maximumGrams(_ format: VariableMeasureFormat) -> Int {
        (0..<format.measureDigits).reduce(1) { acc, _ in acc * 10 } - 1
    }

    /// Why no label can be made, in French, or nil.
    public static func problem(category: Category, grams: Int, format: VariableMeasureFormat) -> String? {
        if format.weightPrefix == nil || format.problem != nil {
            return "Pas de format d'étiquette pesée : la configuration de la caisse donne [barcodes] weight_prefix."
        }
        if category.unit != .kg { return "« \(category.label) » se vend à la pièce : pas d'étiquette pesée." }
        if !isItem(category.code, format) {
            return "« \(category.label) » : son code « \(category.code) » n'a pas \(format.itemDigits) chiffres."
        }
        return weightProblem(grams: grams, format: format)
    }

    /// Why a weight cannot go on a label of this format, in French, or nil.
    public static func weightProblem(grams: Int, format: VariableMeasureFormat) -> String? {
        if grams <= 0 { return "Poids nul : posez le sac sur la balance, ou tapez son poids." }
        if grams > maximumGrams(format) {
            return "\(Grams.kilograms(Int64(grams))) : une étiquette porte au plus \(Grams.kilograms(Int64(maximumGrams(format)))). Partagez le sac."
        }
        return nil
    }

    private static func isItem(_ code: String, _ format: VariableMeasureFormat) -> Bool {
        code.count == format.itemDigits && code.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
