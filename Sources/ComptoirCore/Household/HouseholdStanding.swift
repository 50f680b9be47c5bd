/// Where a household stands at the till today: its rights, rate and what is left of this
/// month's cap. The one line the sale screen shows, and the reasons a line is refused.
/// It carries no name, income or situation (DESIGN §4, dignity), and what it says at the
/// till never shows the rate (an income band) nor the cap (a household size): the queue
/// can read the screen. Both stay on the household's file, for responsables.
public struct HouseholdStanding: Hashable, Sendable {
    public enum Rights: Hashable, Sendable {
        case open
        case notYet(CalendarDay)
        case expired(CalendarDay)
        case suspended
        /// The household's QF or RAV falls in a bracket without rights.
        case notEligible
    }

    public var number: Int64
    public var persons: Int
    public var rights: Rights
    public var rightsTo: CalendarDay
    /// Participation in percent; nil when not eligible.
    public var rate: Int?
    public var cap: Money
    /// What the month's tickets already count against the cap (as the rules count it).
    public var used: Money
    /// Épicerie tickets this week before this one.
    public var visitsThisWeek: Int
    public var rules: EpicerieRules

    public init(number: Int64, persons: Int, rights: Rights, rightsTo: CalendarDay, rate: Int?,
                cap: Money, used: Money, visitsThisWeek: Int, rules: EpicerieRules) {
        self.number = number
        self.persons = persons
        self.rights = rights
        self.rightsTo = rightsTo
        self.rate = rate
        self.cap = cap
        self.used = used
        self.visitsThisWeek = visitsThisWeek
        self.rules = rules
    }

    /// The standing of `household` on `today`, given what its month already used.
    public init(_ household: Household, rules: EpicerieRules, today: CalendarDay, used: Money, visitsThisWeek: Int) {
        let figures = HouseholdFigures(household, rules: rules)
        let rights: Rights
        if household.suspended {
            rights = .suspended
        } else if today < household.rightsFrom {
            rights = .notYet(household.rightsFrom)
        } else if today > household.rightsTo {
            rights = .expired(household.rightsTo)
        } else if figures.rate == nil {
            rights = .notEligible
        } else {
            rights = .open
        }
        self.init(number: household.number, persons: household.persons, rights: rights,
                  rightsTo: household.rightsTo, rate: figures.rate, cap: figures.cap, used: used,
                  visitsThisWeek: visitsThisWeek, rules: rules)
    }

    public var code: String { HouseholdCardCode.make(number) }
    public var remaining: Money { used >= cap ? .zero : cap - used }

    /// Why the household cannot buy at the épicerie now, in plain words; nil when it can.
    public var refusal: String? {
        switch rights {
        case .suspended: return "Les droits du foyer \(code) sont suspendus."
        case .notYet(let day): return "Les droits du foyer \(code) commencent le \(day.french)."
        case .expired(let day): return "Les droits du foyer \(code) ont pris fin le \(day.french) : ils sont à renouveler."
        case .notEligible: return "Le foyer \(code) n'a pas de droits ouverts : sa fiche est à revoir avec un responsable."
        case .open: break
        }
        if let limit = rules.weeklyVisits, visitsThisWeek >= limit {
            return "Le foyer \(code) est déjà passé \(visitsThisWeek) fois cette semaine (limite : \(limit))."
        }
        return nil
    }

    /// What one line costs against the cap.
    public func capCost(market: Money, paid: Money) -> Money {
        rules.capBasis == .marketValue ? market : paid
    }

    /// The panel line, short enough for 80 columns, with neither rate nor cap:
    /// `Foyer F-42-2 · droits OK · reste 38,50 €`, or why not in plain words.
    public func panel(inTicket: Money) -> String {
        let left = remaining - inTicket
        let rest = "reste \((left.isNegative ? .zero : left).formatted)"
        switch rights {
        case .notYet(let day): return "Foyer \(code) · droits à partir du \(day.french)"
        case .expired(let day): return "Foyer \(code) · droits FINIS le \(day.french) : à renouveler"
        case .suspended: return "Foyer \(code) · droits SUSPENDUS"
        case .notEligible: return "Foyer \(code) · PAS DE DROITS OUVERTS"
        case .open: break
        }
        if let limit = rules.weeklyVisits, visitsThisWeek >= limit {
            return "Foyer \(code) · déjà venu \(visitsThisWeek) fois cette semaine · \(rest)"
        }
        if left <= .zero { return "Foyer \(code) · droits OK · plafond du mois atteint" }
        return "Foyer \(code) · droits OK · \(rest)"
    }
}
