import ComptoirCore

/// The épicerie rules as typed on the rules screen. Brackets are typed as upper bounds:
/// each starts where the previous one ends, so the table cannot leave a gap; a bound
/// below the previous one is refused as an overlap.
public struct RulesForm: Equatable, Sendable {
    public static let bracketRows = 6
    public var fields: [FormField]
    public var focus = 0

    static let roundings: [Int64] = EpicerieRules.roundingSteps
    /// Index of the first field after the bracket grid.
    static let settings = 1 + 2 * bracketRows

    enum Setting: Int {
        case months = 13, singleParent, thirdChild, capMode, capTable, capBase, capPerPerson, capBasis, visits, rounding, showAid
    }

    public init(_ rules: EpicerieRules) {
        var fields = [FormField("Méthode", options: ["quotient familial", "reste à vivre"],
                                choice: rules.method == .quotient ? 0 : 1)]
        for row in 0..<Self.bracketRows {
            let bracket = row < rules.brackets.count ? rules.brackets[row] : nil
            fields.append(FormField("Tranche \(row + 1) jusqu'à", bracket?.to?.plain ?? "", maxLength: 10))
            fields.append(FormField("participation", bracket.map { $0.rate.map(String.init) ?? "non" } ?? "", maxLength: 3))
        }
        let short: (Money) -> String = { $0.cents % 100 == 0 ? "\($0.cents / 100)" : $0.plain }
        let table = rules.cap.byPersons.map(short).joined(separator: "/")
        fields += [
            FormField("Durée (mois)", "\(rules.rightsMonths)", maxLength: 2, digitsOnly: true),
            FormField("½ part isolé", options: ["non", "oui"], choice: rules.singleParentHalfPart ? 1 : 0),
            FormField("3e enfant", options: ["1 part", "½ part"], choice: rules.thirdChildFullPart ? 0 : 1),
            FormField("Plafond", options: ["par personnes", "base + pers."],
                      choice: rules.cap.byPersons.isEmpty ? 1 : 0),
            FormField("  par nb de pers.", table, maxLength: 60),
            FormField("  base (€)", rules.cap.byPersons.isEmpty ? short(rules.cap.base) : "", maxLength: 8),
            FormField("  par pers. (€)", rules.cap.byPersons.isEmpty ? short(rules.cap.perPerson) : "", maxLength: 8),
            FormField("Compté sur", options: ["val. marchande", "montant payé"],
                      choice: rules.capBasis == .marketValue ? 0 : 1),
            FormField("Passages/semaine", rules.weeklyVisits.map(String.init) ?? "", maxLength: 2, digitsOnly: true),
            FormField("Arrondi", options: Self.roundings.map { Money(cents: $0).formatted },
                      choice: Self.roundings.firstIndex(of: rules.roundingCents) ?? 1),
            FormField("Aide sur ticket", options: ["non", "oui"], choice: rules.showAidOnReceipt ? 1 : 0),
        ]
        self.fields = fields
    }

    subscript(_ s: Setting) -> FormField { fields[s.rawValue] }

    /// The rules as typed, or the first problem (naming the field).
    public var rules: Result<EpicerieRules, FieldProblem> {
        do {
            var brackets: [Bracket] = []
            var from = Money.zero
            for row in 0..<Self.bracketRows {
                let upper = fields[1 + 2 * row], rate = fields[2 + 2 * row]
                if upper.text.isEmpty && rate.text.isEmpty { continue }
                let to = try upper.money(optional: true).get()
                let percent: Int?
                if rate.text.isEmpty || rate.text.lowercased() == "non" {
                    percent = nil
                } else {
                    guard let n = Int(rate.text), (0...100).contains(n) else {
                        throw FieldProblem(label: "Tranche \(row + 1) participation",
                                           message: "tapez un pourcentage de 0 à 100, ou « non » (non éligible).")
                    }
                    percent = n
                }
                brackets.append(Bracket(from: from, to: to, rate: percent))
                from = to ?? from
            }
            let cap: MonthlyCap
            if self[.capMode].choice == 0 {
                let parts = self[.capTable].text.split(whereSeparator: { $0 == ";" || $0 == "/" })
                var amounts: [Money] = []
                for part in parts {
                    switch Money.parse(String(part)) {
                    case .success(let m): amounts.append(m)
                    case .failure(let e): throw FieldProblem(label: self[.capTable].label, message: e.message)
                    }
                }
                guard !amounts.isEmpty else {
                    throw FieldProblem(label: self[.capTable].label, message: "tapez les plafonds pour 1, 2, 3… personnes séparés par « / », par exemple 20/26/32.")
                }
                cap = .byPersons(amounts)
            } else {
                cap = .basePlus(try self[.capBase].money().get() ?? .zero, perPerson: try self[.capPerPerson].money().get() ?? .zero)
            }
            let rules = EpicerieRules(
                method: fields[0].choice == 0 ? .quotient : .resteAVivre, brackets: brackets,
                rightsMonths: try self[.months].count(1...36).get(),
                singleParentHalfPart: self[.singleParent].choice == 1, thirdChildFullPart: self[.thirdChild].choice == 0,
                cap: cap, capBasis: self[.capBasis].choice == 0 ? .marketValue : .paid,
                weeklyVisits: self[.visits].text.isEmpty ? nil : try self[.visits].count(1...14).get(),
                roundingCents: Self.roundings[self[.rounding].choice], showAidOnReceipt: self[.showAid].choice == 1)
            if let problem = rules.problem { throw FieldProblem(label: "Règles", message: problem) }
            return .success(rules)
        } catch let problem as FieldProblem {
            return .failure(problem)
        } catch {
            return .failure(FieldProblem(label: "Règles", message: "\(error)"))
        }
    }
}
