/// The épicerie's catalog file, one product per line: what an import reads and an export
/// writes, with the same columns. Stock is not in it: it moves by arrivals, corrections
/// and sales, each journaled.
public enum ProductCSV {
    /// Every column, in the order an export writes them.
    public static let columns = [
        "code", "nom", "categorie", "unite", "prix_marche", "prix_solidaire", "poids_g", "seuil_stock",
    ]
    /// The columns a file must have; the others may be left out (empty).
    public static let required = ["code", "nom", "prix_marche"]

    /// The products of a file, each with its line. Refuses the file with every line that
    /// cannot be read (an EAN-13 with a wrong check digit, a price that is not one…).
    public static func read(_ bytes: some Collection<UInt8>) throws -> [CSVEntry<Product>] {
        try products(in: CSVTable.read(bytes))
    }

    public static func products(in table: CSVTable) throws -> [CSVEntry<Product>] {
        let columns = try CSVColumns(table, columns: Self.columns, required: required)
        var entries: [CSVEntry<Product>] = []
        var problems: [CSVLineProblem] = []
        var lineOfCode: [String: Int] = [:]
        for record in table.records {
            var f = CSVFields(columns, record)
            let code = Self.code(&f)
            let name = f.text("nom")
            if name.isEmpty { f.fail("nom", "la case est vide : tapez le nom du produit.") }
            let unit = Self.unit(&f)
            let market = f.amount("prix_marche", required: true) ?? .zero
            let solidarity = f.amount("prix_solidaire", required: false)
            let weight: Int? = f.text("poids_g").isEmpty ? nil : f.integer("poids_g", empty: nil)
            if let weight, weight <= 0 { f.fail("poids_g", "le poids d'une pièce, en grammes, doit être positif (ou laissé vide).") }
            let threshold = f.integer("seuil_stock", empty: 0)
            if threshold < 0 { f.fail("seuil_stock", "le seuil ne peut pas être négatif (0 s'il n'y en a pas).") }
            if !code.isEmpty {
                if let first = lineOfCode[code] {
                    f.fail("code", "le code \(code) est déjà ligne \(first) : une seule ligne par produit.")
                } else {
                    lineOfCode[code] = record.line
                }
            }
            guard f.problems.isEmpty else {
                problems += f.problems
                continue
            }
            entries.append(CSVEntry(line: record.line, value: Product(
                code: code, name: name, marketPrice: market, category: f.text("categorie"), unit: unit,
                solidarityPrice: solidarity, weightGrams: weight, lowStock: threshold)))
        }
        if !problems.isEmpty { throw CSVError.badLines(problems) }
        return entries
    }

    /// An EAN-13 whose check digit is right, or an internal code (anything else).
    private static func code(_ f: inout CSVFields) -> String {
        let t = f.text("code")
        if t.isEmpty {
            f.fail("code", "la case est vide : tapez le code-barres (EAN-13) ou un code interne.")
        } else if t.uppercased().contains("E+") {
            f.fail("code", "« \(t) » : le tableur a changé le code-barres en nombre ; mettez la colonne code au format Texte et retapez-le.")
        } else if t.count == 13, t.utf8.allSatisfy({ (48...57).contains($0) }), !EAN13.isValid(t),
                  let expected = EAN13.checkDigit(String(t.prefix(12))) {
            f.fail("code", "« \(t) » n'est pas un EAN-13 valide : avec ces 12 premiers chiffres, le dernier devrait être \(expected) ; vérifiez les chiffres.")
        }
        return t
    }

    /// `piece` (or pièce, empty) or `kg`.
    private static func unit(_ f: inout CSVFields) -> Product.Unit {
        switch CSVTable.columnKey(f.text("unite")) {
        case "", "piece", "pieces", "unite", "u": return .piece
        case "kg", "kilo", "kilogramme": return .kg
        default:
            f.fail("unite", "« \(f.text("unite")) » : tapez piece ou kg.")
            return .piece
        }
    }

    // MARK: - Writing

    public static func row(_ p: Product) -> [String] {
        [
            p.code, p.name, p.category, p.unit.label, CSVFields.amount(p.marketPrice),
            p.solidarityPrice.map(CSVFields.amount) ?? "", p.weightGrams.map(String.init) ?? "", String(p.lowStock),
        ]
    }

    /// The file to save: byte order mark, header, one line per product.
    public static func file(_ products: [Product]) -> [UInt8] {
        CSVTable.file(header: columns, rows: products.map(row))
    }
}
