/// A variable-measure EAN-13 (GS1 prefixes 20–29): a bag of vrac weighed and labelled at
/// the back door carries its item and its weight (or price) in the code itself:
/// `PP IIIII [V] MMMMM C` — prefix, item digits, an optional check digit of the measure,
/// the measure (grams or cents), the EAN-13 check digit.
public struct VariableMeasureFormat: Equatable, Sendable {
    /// The prefix of codes that carry a weight in grams, e.g. "21"; nil: none.
    public var weightPrefix: String?
    /// The prefix of codes that carry a price in cents, e.g. "22"; nil: none.
    public var pricePrefix: String?
    /// How many digits name the item: the code of its category or product.
    public var itemDigits: Int
    /// The measure is preceded by its own check digit (GS1 price/weight verifier digit).
    public var measureCheckDigit: Bool

    public init(weightPrefix: String? = nil, pricePrefix: String? = nil, itemDigits: Int = 5, measureCheckDigit: Bool = false) {
        self.weightPrefix = weightPrefix
        self.pricePrefix = pricePrefix
        self.itemDigits = itemDigits
        self.measureCheckDigit = measureCheckDigit
    }

    /// The digits of the measure: what the 13 leave after prefix, item and check digits.
    public var measureDigits: Int { 13 - 2 - itemDigits - (measureCheckDigit ? 1 : 0) - 1 }

    /// Why this format cannot be used, in French, or nil.
    public var problem: String? {
        for prefix in [weightPrefix, pricePrefix].compactMap({ $0 }) {
            guard prefix.count == 2, let n = Int(prefix), (20...29).contains(n) else {
                return "un préfixe de code à poids ou à prix variable est entre \"20\" et \"29\" (GS1)."
            }
        }
        if weightPrefix != nil, weightPrefix == pricePrefix { return "le préfixe des poids et celui des prix sont différents." }
        guard (4...5).contains(measureDigits) else {
            return "le nombre de chiffres de l'article laisse 4 ou 5 chiffres au poids ou au prix (4 à 6 chiffres d'article, selon la clé du montant)."
        }
        return nil
    }
}

/// Why a variable-measure code is refused, in French.
public struct VariableMeasureProblem: Error, Equatable, Sendable {
    public let message: String
    init(_ message: String) { self.message = message }
}

public enum VariableMeasureCode: Equatable, Sendable {
    case weight(item: String, grams: Int)
    case price(item: String, price: Money)

    public var item: String {
        switch self {
        case .weight(let item, _), .price(let item, _): return item
        }
    }

    /// What `text` is under `format`: nil when it is not a variable-measure code (another
    /// code, to look up in the catalogue); a French refusal when its check digits are wrong.
    public static func parse(_ text: String, _ format: VariableMeasureFormat) -> Result<VariableMeasureCode, VariableMeasureProblem>? {
        let digits = Array(text)
        guard digits.count == 13, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let prefix = String(digits[0..<2])
        let isWeight = prefix == format.weightPrefix
        guard isWeight || prefix == format.pricePrefix, format.problem == nil else { return nil }
        let values = digits.map { Int(String($0))! }
        guard ean13CheckDigit(values[0..<12]) == values[12] else {
            return .failure(VariableMeasureProblem("Code « \(text) » : la clé (le dernier chiffre) ne correspond pas. Scannez à nouveau l'étiquette."))
        }
        let item = String(digits[2..<(2 + format.itemDigits)])
        let measureStart = 12 - format.measureDigits
        let measure = Array(values[measureStart..<12])
        if format.measureCheckDigit, measureCheckDigit(measure) != values[measureStart - 1] {
            return .failure(VariableMeasureProblem("Code « \(text) » : la clé du \(isWeight ? "poids" : "prix") ne correspond pas. Scannez à nouveau l'étiquette."))
        }
        let value = measure.reduce(0) { $0 * 10 + $1 }
        guard value > 0 else {
            return .failure(VariableMeasureProblem("Code « \(text) » : \(isWeight ? "poids" : "prix") nul sur l'étiquette. Pesez à nouveau l'article."))
        }
        return .success(isWeight ? .weight(item: item, grams: value) : .price(item: item, price: Money(cents: Int64(value))))
    }

    /// The EAN-13 code for an item and a measure (a label printed at the back door).
    public static func make(item: String, grams: Int? = nil, price: Money? = nil, _ format: VariableMeasureFormat) -> String? {
        guard format.problem == nil, item.count == format.itemDigits, item.allSatisfy({ $0.isASCII && $0.isNumber }),
              let prefix = grams != nil ? format.weightPrefix : format.pricePrefix else { return nil }
        let value = grams.map(Int64.init) ?? price?.cents ?? -1
        let measure = String(value)
        guard value > 0, measure.count <= format.measureDigits else { return nil }
        let padded = String(repeating: "0", count: format.measureDigits - measure.count) + measure
        let measureValues = padded.map { Int(String($0))! }
        let body = prefix + item + (format.measureCheckDigit ? String(measureCheckDigit(measureValues)) : "") + padded
        return body + String(ean13CheckDigit(body.map { Int(String($0))! }[...]))
    }

    static func ean13CheckDigit(_ digits: ArraySlice<Int>) -> Int {
        let sum = digits.enumerated().reduce(0) { $0 + $1.element * ($1.offset % 2 == 0 ? 1 : 3) }
        return (10 - sum % 10) % 10
    }

    // GS1 General Specifications 7.9.3: the weighted products of a price or weight field.
    private static let twoMinus = [0, 2, 4, 6, 8, 9, 1, 3, 5, 7]
    private static let fivePlus = [0, 5, 1, 6, 2, 7, 3, 8, 4, 9]
    private static let fiveMinus = [0, 5, 9, 4, 8, 3, 7, 2, 6, 1]

    /// The verifier digit of a 4- or 5-digit measure.
    static func measureCheckDigit(_ d: [Int]) -> Int {
        if d.count == 4 {
            let sum = twoMinus[d[0]] + twoMinus[d[1]] + (d[2] * 3) % 10 + fiveMinus[d[3]]
            return (sum * 3) % 10
        }
        let sum = fivePlus[d[0]] + twoMinus[d[1]] + fiveMinus[d[2]] + fivePlus[d[3]] + twoMinus[d[4]]
        let target = (10 - sum % 10) % 10
        return fiveMinus.firstIndex(of: target)!
    }
}
