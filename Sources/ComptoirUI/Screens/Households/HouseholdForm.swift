import ComptoirCore

/// A household's file as typed: the fields, and the household they make when they hold.
public struct HouseholdForm: Equatable, Sendable {
    /// 0 for a household not yet registered.
    public var number: Int64
    public var fields: [FormField]
    public var focus = 0
    public var suspended: Bool

    enum Field: Int, CaseIterable {
        case name, phone, adults, children, disabled, resources, charges, benefits, caf, referrer, from, to
    }

    /// The file of `household`, or an empty one whose rights start `today`.
    public init(_ household: Household?, today: CalendarDay, rules: EpicerieRules) {
        let h = household ?? Household(name: "", adults: 1, monthlyResources: .zero, rightsFrom: today,
                                       rightsTo: today.adding(months: rules.rightsMonths).adding(days: -1))
        number = h.number
        suspended = h.suspended
        let amount: (Money) -> String = { household == nil && $0.isZero ? "" : $0.plain }
        fields = [
            FormField("Nom ou pseudonyme", h.name, maxLength: 40),
            FormField("Téléphone (s'il accepte)", h.phone, maxLength: 20),
            FormField("Adultes", "\(h.adults)", maxLength: 2, digitsOnly: true),
            FormField("Enfants", "\(h.children)", maxLength: 2, digitsOnly: true),
            FormField("  dont handicapés", "\(h.disabledChildren)", maxLength: 2, digitsOnly: true),
            FormField("Ressources (€/mois)", amount(h.monthlyResources)),
            FormField("Charges fixes (€/mois)", amount(h.fixedCharges)),
            FormField("Prestations fam. (€/mois)", amount(h.familyBenefits)),
            FormField("QF attesté CAF (facult.)", h.cafQuotient?.plain ?? ""),
            FormField("Orienté par", h.referrer, maxLength: 40),
            FormField("Droits du", h.rightsFrom.french, maxLength: 10),
            FormField("Droits au", h.rightsTo.french, maxLength: 10),
        ]
    }

    subscript(_ field: Field) -> FormField {
        get { fields[field.rawValue] }
        set { fields[field.rawValue] = newValue }
    }

    /// The household as typed, or the first field that is wrong (its label and what to do).
    public var household: Result<Household, FieldProblem> {
        do throws(FieldProblem) {
            let adults = try self[.adults].count(0...Household.maximumPersons).get()
            let children = try self[.children].count(0...Household.maximumPersons).get()
            let disabled = try self[.disabled].count(0...Household.maximumPersons).get()
            let household = Household(
                number: number, name: self[.name].text, phone: self[.phone].text, adults: adults, children: children,
                disabledChildren: disabled, monthlyResources: try self[.resources].money().get() ?? .zero,
                fixedCharges: try self[.charges].money(optional: true).get() ?? .zero,
                familyBenefits: try self[.benefits].money(optional: true).get() ?? .zero,
                cafQuotient: try self[.caf].money(optional: true).get(), referrer: self[.referrer].text,
                rightsFrom: try self[.from].day().get(), rightsTo: try self[.to].day().get(), suspended: suspended)
            if let problem = household.problem {
                return .failure(FieldProblem(label: "Fiche", message: problem))
            }
            return .success(household)
        } catch {
            return .failure(error)
        }
    }

    /// New rights from `today` for the rules' default length.
    mutating func renew(today: CalendarDay, rules: EpicerieRules) {
        self[.from].input.text = today.french
        self[.to].input.text = today.adding(months: rules.rightsMonths).adding(days: -1).french
        suspended = false
    }
}
