/// How the shop decides who may buy at the épicerie and how much they pay (DESIGN §4).
/// Edited by a responsable and journaled whole; the latest version applies.
public struct EpicerieRules: Hashable, Sendable, Codable {
    public enum Method: String, Hashable, Sendable, Codable, CaseIterable {
        /// Quotient familial (CAF).
        case quotient = "qf"
        /// Reste à vivre per person per day.
        case resteAVivre = "rav"

        public var label: String { self == .quotient ? "quotient familial (QF)" : "reste à vivre (RAV)" }
        public var short: String { self == .quotient ? "QF" : "RAV" }
    }

    /// What the monthly cap counts.
    public enum CapBasis: String, Hashable, Sendable, Codable {
        case marketValue = "market_value"
        case paid

        public var label: String { self == .marketValue ? "valeur marchande" : "montant payé" }
    }

    public var method: Method
    /// From the lowest value up; the last one is open-ended.
    public var brackets: [Bracket]
    /// Default length of rights, in months.
    public var rightsMonths: Int
    /// A single parent gets an extra half part (the tax rule; the CAF's does not).
    public var singleParentHalfPart: Bool
    /// The third child counts a whole part (the CAF rule), else half like the others.
    public var thirdChildFullPart: Bool
    public var cap: MonthlyCap
    public var capBasis: CapBasis
    /// At most this many visits (épicerie tickets) per week, Monday to Sunday; nil: no limit.
    public var weeklyVisits: Int?
    /// Participation prices are rounded half-up to a multiple of this many cents.
    public var roundingCents: Int64
    /// The receipt shows the market value and the aid ("valeur marchande").
    public var showAidOnReceipt: Bool

    public init(method: Method, brackets: [Bracket], rightsMonths: Int, singleParentHalfPart: Bool = false,
                thirdChildFullPart: Bool = true, cap: MonthlyCap, capBasis: CapBasis = .marketValue,
                weeklyVisits: Int? = nil, roundingCents: Int64 = 5, showAidOnReceipt: Bool = false) {
        self.method = method
        self.brackets = brackets
        self.rightsMonths = rightsMonths
        self.singleParentHalfPart = singleParentHalfPart
        self.thirdChildFullPart = thirdChildFullPart
        self.cap = cap
        self.capBasis = capBasis
        self.weeklyVisits = weeklyVisits
        self.roundingCents = roundingCents
        self.showAidOnReceipt = showAidOnReceipt
    }

    /// The rules of a new shop, until a responsable sets its own: QF brackets of 10, 20
    /// and 30 %, six months of rights, caps of 20 € (one person) to 50 € (six or more).
    public static let standard = EpicerieRules(
        method: .quotient,
        brackets: [
            Bracket(from: .zero, to: Money(euros: 450), rate: 10),
            Bracket(from: Money(euros: 450), to: Money(euros: 700), rate: 20),
            Bracket(from: Money(euros: 700), to: Money(euros: 900), rate: 30),
            Bracket(from: Money(euros: 900), to: nil, rate: nil),
        ],
        rightsMonths: 6,
        cap: .byPersons([20, 26, 32, 38, 44, 50].map { Money(euros: $0) }))

    public static let roundingSteps: [Int64] = [1, 5, 10, 50, 100]

    /// The bracket a QF or RAV falls in. A value below zero (charges above resources)
    /// falls in the first one.
    public func bracket(for value: Money) -> Bracket? {
        brackets.last { $0.from <= value } ?? brackets.first
    }

    /// What a household pays for one unit: the product's fixed solidarity price when it
    /// has one, else the rate of the market price, rounded half-up to the step.
    public func price(market: Money, solidarity: Money?, rate: Int) -> Money {
        if let solidarity { return solidarity }
        return market.scaled(by: Int64(rate), over: 100, step: roundingCents)
    }

    /// A product sold by the kg, for `grams`: its market value (price per kg × weight,
    /// rounded half-up to the cent) and what the household pays (the fixed solidarity
    /// price per kg × weight to the cent, or the rate of the weighed market price rounded
    /// once, to the step).
    public func weighedPrice(marketPerKg: Money, solidarityPerKg: Money?, rate: Int, grams: Int) -> (market: Money, price: Money) {
        let market = marketPerKg.scaled(by: Int64(grams), over: 1000)
        if let solidarityPerKg { return (market, solidarityPerKg.scaled(by: Int64(grams), over: 1000)) }
        return (market, marketPerKg.scaled(by: Int64(grams) * Int64(rate), over: 100_000, step: roundingCents))
    }

    /// The French reason these rules cannot be saved, naming the field; nil when they can.
    public var problem: String? {
        guard let first = brackets.first else { return "Tranches : il faut au moins une tranche." }
        guard first.from.isZero else {
            return "Tranches : la première commence à \(first.from.formatted) ; elle doit commencer à 0,00 €."
        }
        for (i, bracket) in brackets.enumerated() {
            let n = i + 1
            if let rate = bracket.rate, !(0...100).contains(rate) {
                return "Tranche \(n) : la participation doit être entre 0 et 100 %."
            }
            if let to = bracket.to, to <= bracket.from {
                return "Tranche \(n) : elle finit (\(to.formatted)) avant de commencer (\(bracket.from.formatted))."
            }
            if i + 1 < brackets.count {
                let next = brackets[i + 1]
                guard let to = bracket.to else {
                    return "Tranche \(n) : seule la dernière tranche peut aller « et au-delà »."
                }
                if next.from > to {
                    return "Tranches \(n) et \(n + 1) : trou entre \(to.formatted) et \(next.from.formatted) ; la tranche \(n + 1) doit commencer là où finit la \(n)."
                }
                if next.from < to {
                    return "Tranches \(n) et \(n + 1) : elles se chevauchent de \(next.from.formatted) à \(to.formatted) ; la tranche \(n + 1) doit commencer là où finit la \(n)."
                }
            } else if let to = bracket.to {
                return "Tranche \(n) : la dernière tranche finit à \(to.formatted) ; elle doit aller « et au-delà » (au-delà : non éligible si besoin)."
            }
        }
        guard (1...36).contains(rightsMonths) else { return "Durée des droits : entre 1 et 36 mois." }
        if let problem = cap.problem { return problem }
        if let visits = weeklyVisits, !(1...14).contains(visits) {
            return "Passages par semaine : entre 1 et 14, ou aucune limite."
        }
        guard Self.roundingSteps.contains(roundingCents) else {
            return "Arrondi : 0,01 €, 0,05 €, 0,10 €, 0,50 € ou 1,00 €."
        }
        return nil
    }
}

/// One bracket: a QF or RAV from `from` (included) to `to` (excluded; nil: and above)
/// gives a participation rate in percent of the market price, or no right (nil).
public struct Bracket: Hashable, Sendable, Codable {
    public var from: Money
    public var to: Money?
    public var rate: Int?

    public init(from: Money, to: Money?, rate: Int?) {
        self.from = from
        self.to = to
        self.rate = rate
    }

    /// `de 450,00 € à 700,00 € : 20 %`.
    public var label: String {
        let range = to.map { "de \(from.formatted) à \($0.formatted)" } ?? "à partir de \(from.formatted)"
        return range + " : " + (rate.map { "\($0) %" } ?? "non éligible")
    }
}

/// The most a household may take in a month: by number of persons (the last amount for
/// that many and more), or a base plus an amount per person.
public struct MonthlyCap: Hashable, Sendable, Codable {
    /// Amounts for 1, 2, 3… persons; empty when the cap is base + per person.
    public var byPersons: [Money]
    public var base: Money
    public var perPerson: Money

    public static func byPersons(_ amounts: [Money]) -> MonthlyCap {
        MonthlyCap(byPersons: amounts, base: .zero, perPerson: .zero)
    }

    public static func basePlus(_ base: Money, perPerson: Money) -> MonthlyCap {
        MonthlyCap(byPersons: [], base: base, perPerson: perPerson)
    }

    public func amount(persons: Int) -> Money {
        guard !byPersons.isEmpty else { return base + perPerson * max(1, persons) }
        return byPersons[min(max(1, persons), byPersons.count) - 1]
    }

    var problem: String? {
        if byPersons.contains(where: \.isNegative) || base.isNegative || perPerson.isNegative {
            return "Plafond : les montants ne peuvent pas être négatifs."
        }
        if byPersons.isEmpty, base.isZero, perPerson.isZero {
            return "Plafond : tapez au moins un montant (0 € par mois ne laisserait rien acheter)."
        }
        return nil
    }

    /// `20,00 € (1 pers.) … 50,00 € (6 pers. et plus)` or `10,00 € + 5,00 € par personne`.
    public var label: String {
        if byPersons.isEmpty { return "\(base.formatted) + \(perPerson.formatted) par personne" }
        return byPersons.enumerated().map { i, amount in
            "\(i + 1)\(i + 1 == byPersons.count ? "+" : "") : \(amount.plain)"
        }.joined(separator: " · ")
    }
}
