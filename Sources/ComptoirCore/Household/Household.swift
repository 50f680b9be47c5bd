/// A household registered at the épicerie: the minimum the rules need (DESIGN §4,
/// personal data). No reason for a disability, no situation in words: only counts and
/// amounts. `number` is 0 until the ledger gives it one.
public struct Household: Hashable, Sendable, Codable {
    public var number: Int64
    /// A name or a pseudonym, as the household prefers.
    public var name: String
    /// Only if they agree to give one.
    public var phone: String
    public var adults: Int
    public var children: Int
    /// Children with a recognised disability (each adds half a part); never the reason.
    public var disabledChildren: Int
    /// Monthly resources (salaries, pensions, allowances other than family benefits).
    public var monthlyResources: Money
    /// Monthly fixed charges (rent, energy, insurance…), for the reste à vivre.
    public var fixedCharges: Money
    /// Monthly family benefits (allocations familiales…).
    public var familyBenefits: Money
    /// The QF attested by the CAF, when the household brings it; it wins over the computed one.
    public var cafQuotient: Money?
    /// Who sent the household (social worker, CCAS…).
    public var referrer: String
    public var rightsFrom: CalendarDay
    public var rightsTo: CalendarDay
    public var suspended: Bool

    public init(number: Int64 = 0, name: String, phone: String = "", adults: Int, children: Int = 0,
                disabledChildren: Int = 0, monthlyResources: Money, fixedCharges: Money = .zero,
                familyBenefits: Money = .zero, cafQuotient: Money? = nil, referrer: String = "",
                rightsFrom: CalendarDay, rightsTo: CalendarDay, suspended: Bool = false) {
        self.number = number
        self.name = name
        self.phone = phone
        self.adults = adults
        self.children = children
        self.disabledChildren = disabledChildren
        self.monthlyResources = monthlyResources
        self.fixedCharges = fixedCharges
        self.familyBenefits = familyBenefits
        self.cafQuotient = cafQuotient
        self.referrer = referrer
        self.rightsFrom = rightsFrom
        self.rightsTo = rightsTo
        self.suspended = suspended
    }

    public var persons: Int { adults + children }
    public var cardCode: String { HouseholdCardCode.make(number) }

    public static let maximumPersons = 20

    /// The French reason the file cannot be saved, naming the field; nil when it can.
    public var problem: String? {
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            return "Nom : tapez un nom ou un pseudonyme pour le foyer."
        }
        if adults < 1 { return "Adultes : un foyer compte au moins un adulte." }
        if children < 0 { return "Enfants : le nombre d'enfants ne peut pas être négatif." }
        if persons > Self.maximumPersons { return "Adultes et enfants : \(persons) personnes, c'est plus que les \(Self.maximumPersons) possibles ; vérifiez les nombres." }
        if disabledChildren < 0 || disabledChildren > children {
            return "Enfants handicapés : le nombre doit être entre 0 et le nombre d'enfants (\(children))."
        }
        if monthlyResources.isNegative { return "Ressources : le montant ne peut pas être négatif." }
        if fixedCharges.isNegative { return "Charges fixes : le montant ne peut pas être négatif." }
        if familyBenefits.isNegative { return "Prestations familiales : le montant ne peut pas être négatif." }
        if let qf = cafQuotient, qf.isNegative { return "QF CAF : le quotient ne peut pas être négatif." }
        if rightsTo < rightsFrom {
            return "Droits : la fin (\(rightsTo.french)) est avant le début (\(rightsFrom.french))."
        }
        return nil
    }
}
