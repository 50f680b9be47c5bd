import ComptoirCore

/// A category as typed on the categories screen: a new one (its code asked) or one being
/// changed (its code kept: another code would be another category).
public struct CategoryForm: Equatable, Sendable {
    /// The fields a form may have, in the order they are shown.
    public enum Field: Equatable, Sendable { case code, label, key, unit, price, family, average }

    /// The category being changed; nil for a new one.
    public var existing: Category?
    public var kinds: [Field]
    public var fields: [FormField]
    public var focus = 0

    static let units = ["à la pièce", "au kilo"]
    static let families = FriperieFamily.allCases

    public init(_ existing: Category?) {
        self.existing = existing
        let c = existing
        var pairs: [(Field, FormField)] = []
        if c == nil { pairs.append((.code, FormField("Code (TSHIRT, VRAC…)", maxLength: 12))) }
        pairs += [
            (.label, FormField("Libellé", c?.label ?? "", maxLength: 24)),
            (.key, FormField("Touche (1 à 9, facult.)", c?.key.map(String.init) ?? "", maxLength: 1, digitsOnly: true)),
            (.unit, FormField("Vendue", options: Self.units, choice: c?.unit == .kg ? 1 : 0)),
            (.price, FormField("Prix", c.map { $0.price.plain } ?? "", maxLength: 9)),
            (.family, FormField("Famille", options: Self.families.map(\.label),
                                choice: Self.families.firstIndex(of: c?.family ?? .textile) ?? 0)),
            (.average, FormField("Poids moyen (kg, facult.)", c?.averageGrams.map { Self.kilograms($0) } ?? "", maxLength: 7)),
        ]
        kinds = pairs.map(\.0)
        fields = pairs.map(\.1)
        relabel()
    }

    public var title: String {
        existing.map { "Catégorie \($0.code) : \($0.label)" } ?? "Nouvelle catégorie"
    }

    public subscript(_ field: Field) -> FormField {
        fields[kinds.firstIndex(of: field)!]
    }

    var isLastField: Bool { focus == fields.count - 1 }

    /// The price's label says what it is the price of, as « Vendue » changes.
    mutating func relabel() {
        guard let price = kinds.firstIndex(of: .price), let unit = kinds.firstIndex(of: .unit) else { return }
        fields[price].label = fields[unit].choice == 1 ? "Prix au kilo (€)" : "Prix de la pièce (€)"
    }

    /// `0,2` for 200 g: the CLI's `--average` in kilograms, without trailing zeros.
    static func kilograms(_ grams: Int) -> String {
        var text = String(Grams.kilograms(Int64(grams)).dropLast(3))  // "0,200"
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(",") { text.removeLast() }
        return text
    }

    /// The category typed, or the first problem naming its field. `others` are the
    /// categories the till knows: a key they hold, or a code for a new one, is refused
    /// here (the ledger refuses them too, for a change another till made meanwhile).
    func category(others: [Category]) -> Result<Category, FieldProblem> {
        do {
            let code = (existing?.code ?? self[.code].text.uppercased())
            guard !code.isEmpty else { throw FieldProblem(label: self[.code].label, message: "tapez un code, par exemple TSHIRT.") }
            if existing == nil, let same = others.first(where: { $0.code == code }) {
                throw FieldProblem(label: self[.code].label, message: "\(code) est déjà « \(same.label) » : choisissez un autre code.")
            }
            let label = self[.label].text
            guard !label.isEmpty else { throw FieldProblem(label: self[.label].label, message: "tapez un libellé, par exemple T-shirt.") }
            var key: Int?
            if !self[.key].text.isEmpty {
                guard let k = Int(self[.key].text), (1...9).contains(k) else {
                    throw FieldProblem(label: self[.key].label, message: "tapez un chiffre de 1 à 9, ou laissez vide.")
                }
                if let other = others.first(where: { $0.key == k && $0.code != code }) {
                    throw FieldProblem(label: self[.key].label,
                                       message: "la touche \(k) est déjà prise par « \(other.label) » : choisissez-en une autre.")
                }
                key = k
            }
            let unit: Product.Unit = self[.unit].choice == 1 ? .kg : .piece
            guard let price = try self[.price].money().get() else {
                throw FieldProblem(label: self[.price].label, message: "tapez un prix.")
            }
            if price.isNegative { throw FieldProblem(label: self[.price].label, message: "tapez un prix positif.") }
            if unit == .kg, price.isZero {
                throw FieldProblem(label: self[.price].label, message: "donnez le prix au kilo, par exemple 3,00.")
            }
            var averageGrams: Int?
            if !self[.average].text.isEmpty {
                guard let grams = Grams.parseKilograms(self[.average].text), grams <= 100_000 else {
                    throw FieldProblem(label: self[.average].label, message: "tapez des kilos, par exemple 0,2 (vide : aucun).")
                }
                averageGrams = grams == 0 ? nil : grams
            }
            return .success(Category(code: code, label: label, price: price, key: key, unit: unit,
                                     family: Self.families[self[.family].choice], averageGrams: averageGrams))
        } catch let problem as FieldProblem {
            return .failure(problem)
        } catch {
            return .failure(FieldProblem(label: "Catégorie", message: "\(error)"))
        }
    }
}
