/// The households file, one household per line, as a spreadsheet keeps it: what an
/// import reads and an export writes, with the same columns, so that an export edited
/// and imported again changes only what was edited.
public enum HouseholdCSV {
    /// Every column, in the order an export writes them.
    public static let columns = [
        "numero", "nom", "telephone", "adultes", "enfants", "enfants_handicapes", "ressources", "charges",
        "prestations", "qf_caf", "orienteur", "droits_du", "droits_au", "suspendu",
    ]
    /// The columns a file must have; the others may be left out (empty).
    public static let required = ["nom", "adultes", "ressources", "droits_du"]

    /// The households of a file, each with its line. Refuses the file with every line that
    /// cannot be read or breaks a rule of the household file (`Household.problem`).
    /// `rules` give the length of rights when `droits_au` is empty.
    public static func read(_ bytes: some Collection<UInt8>, rules: EpicerieRules) throws -> [CSVEntry<Household>] {
        try households(in: CSVTable.read(bytes), rules: rules)
    }

    public static func households(in table: CSVTable, rules: EpicerieRules) throws -> [CSVEntry<Household>] {
        let columns = try CSVColumns(table, columns: Self.columns, required: required)
        var entries: [CSVEntry<Household>] = []
        var problems: [CSVLineProblem] = []
        var lineOfNumber: [Int64: Int] = [:]
        for record in table.records {
            var f = CSVFields(columns, record)
            let number = Self.number(&f)
            let name = f.text("nom")
            let adults = f.integer("adultes", empty: nil)
            let children = f.integer("enfants", empty: 0)
            let disabled = f.integer("enfants_handicapes", empty: 0)
            let resources = f.amount("ressources", required: true) ?? .zero
            let charges = f.amount("charges", required: false) ?? .zero
            let benefits = f.amount("prestations", required: false) ?? .zero
            let quotient = f.amount("qf_caf", required: false)
            let from = f.day("droits_du", required: true)
            let to = f.day("droits_au", required: false)
            let suspended = f.yesNo("suspendu")
            if number != 0 {
                if let first = lineOfNumber[number] {
                    f.fail("numero", "le foyer \(number) est déjà ligne \(first) : une seule ligne par foyer.")
                } else {
                    lineOfNumber[number] = record.line
                }
            }
            guard f.problems.isEmpty, let from else {
                problems += f.problems
                continue
            }
            let household = Household(
                number: number, name: name, phone: f.text("telephone"), adults: adults, children: children,
                disabledChildren: disabled, monthlyResources: resources, fixedCharges: charges,
                familyBenefits: benefits, cafQuotient: quotient, referrer: f.text("orienteur"),
                rightsFrom: from, rightsTo: to ?? from.adding(months: rules.rightsMonths).adding(days: -1),
                suspended: suspended)
            if let problem = household.problem {
                problems.append(CSVLineProblem(line: record.line, field: nil, reason: problem))
                continue
            }
            entries.append(CSVEntry(line: record.line, value: household))
        }
        if !problems.isEmpty { throw CSVError.badLines(problems) }
        return entries
    }

    /// The card number without its check digit (`42`), or the card's code (`F-42-7`,
    /// check digit verified); 0 (a new household) for an empty cell.
    private static func number(_ f: inout CSVFields) -> Int64 {
        let t = f.text("numero")
        if t.isEmpty { return 0 }
        if HouseholdCardCode.looksLikeOne(t) {
            guard let number = HouseholdCardCode.parse(t) else {
                f.fail("numero", "« \(t) » : la clé de contrôle (le dernier chiffre) ne correspond pas ; vérifiez le code de la carte.")
                return 0
            }
            return number
        }
        guard t.utf8.allSatisfy({ (48...57).contains($0) }), t.count <= 12, let number = Int64(t), number >= 1 else {
            f.fail("numero", "« \(t) » n'est pas un numéro de foyer : un nombre à partir de 1, le code de la carte (F-42-7), ou vide pour un nouveau foyer.")
            return 0
        }
        return number
    }

    // MARK: - Writing

    /// One line of the file for this household.
    public static func row(_ h: Household) -> [String] {
        [
            String(h.number), h.name, h.phone, String(h.adults), String(h.children), String(h.disabledChildren),
            CSVFields.amount(h.monthlyResources), CSVFields.amount(h.fixedCharges), CSVFields.amount(h.familyBenefits),
            h.cafQuotient.map(CSVFields.amount) ?? "", h.referrer, h.rightsFrom.french, h.rightsTo.french,
            h.suspended ? "oui" : "non",
        ]
    }

    /// The file to save: byte order mark, header, one line per household.
    public static func file(_ households: [Household]) -> [UInt8] {
        CSVTable.file(header: columns, rows: households.map(row))
    }
}
