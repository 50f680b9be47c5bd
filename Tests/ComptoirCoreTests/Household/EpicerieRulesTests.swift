import Testing
@testable import ComptoirCore

@Suite("Épicerie rules: brackets, rounding, standing")
struct EpicerieRulesTests {
    @Test("The standard rules are valid")
    func standardIsValid() {
        #expect(EpicerieRules.standard.problem == nil)
    }

    @Test("A bracket table that overlaps or leaves a gap is refused, naming the brackets")
    func overlapAndGap() {
        var rules = EpicerieRules.standard
        rules.brackets[1].from = Money(euros: 400)
        #expect(rules.problem?.contains("chevauchent") == true)
        #expect(rules.problem?.hasPrefix("Tranches 1 et 2") == true)
        rules.brackets[1].from = Money(euros: 500)
        #expect(rules.problem?.contains("trou entre 450,00 € et 500,00 €") == true)
        rules = .standard
        rules.brackets[3].to = Money(euros: 2000)
        #expect(rules.problem?.hasPrefix("Tranche 4") == true)
        rules = .standard
        rules.brackets[0].from = Money(euros: 10)
        #expect(rules.problem?.contains("commencer à 0,00 €") == true)
        rules = .standard
        rules.brackets[2].rate = 120
        #expect(rules.problem?.hasPrefix("Tranche 3") == true)
    }

    @Test("Participation prices round half-up to 0,05 €, or use the fixed solidarity price")
    func participationPrice() {
        let rules = EpicerieRules.standard
        // 30 % of 1,99 € = 0,597 → 0,60 €; 30 % of 2,45 € = 0,735 → 0,75 €; 10 % of 0,25 € = 0,025 → 0,05 €
        #expect(rules.price(market: Money(cents: 199), solidarity: nil, rate: 30) == Money(cents: 60))
        #expect(rules.price(market: Money(cents: 245), solidarity: nil, rate: 30) == Money(cents: 75))
        #expect(rules.price(market: Money(cents: 25), solidarity: nil, rate: 10) == Money(cents: 5))
        #expect(rules.price(market: Money(cents: 24), solidarity: nil, rate: 10) == Money(cents: 0))
        #expect(rules.price(market: Money(cents: 245), solidarity: Money(cents: 50), rate: 30) == Money(cents: 50))
        var cent = rules
        cent.roundingCents = 1
        #expect(cent.price(market: Money(cents: 199), solidarity: nil, rate: 30) == Money(cents: 60))
        #expect(cent.price(market: Money(cents: 245), solidarity: nil, rate: 30) == Money(cents: 74))
    }

    static func household(from: CalendarDay, to: CalendarDay, suspended: Bool = false) -> Household {
        Household(number: 42, name: "X", adults: 2, children: 2, monthlyResources: Money(euros: 2000),
                  familyBenefits: Money(euros: 150), rightsFrom: from, rightsTo: to, suspended: suspended)
    }

    @Test("Rights expiring today are still open; expired yesterday they are not")
    func rightsExpiry() {
        let today = CalendarDay(year: 2026, month: 12, day: 1)
        let start = CalendarDay(year: 2026, month: 6, day: 1)
        let endsToday = HouseholdStanding(Self.household(from: start, to: today), rules: .standard, today: today,
                                          used: .zero, visitsThisWeek: 0)
        #expect(endsToday.rights == .open)
        #expect(endsToday.refusal == nil)
        let endedYesterday = HouseholdStanding(Self.household(from: start, to: today.adding(days: -1)), rules: .standard,
                                               today: today, used: .zero, visitsThisWeek: 0)
        #expect(endedYesterday.rights == .expired(CalendarDay(year: 2026, month: 11, day: 30)))
        #expect(endedYesterday.refusal?.contains("ont pris fin le 30/11/2026") == true)
        let suspended = HouseholdStanding(Self.household(from: start, to: today, suspended: true), rules: .standard,
                                          today: today, used: .zero, visitsThisWeek: 0)
        #expect(suspended.refusal?.contains("suspendus") == true)
        let later = HouseholdStanding(Self.household(from: today.adding(days: 1), to: today.adding(months: 6)),
                                      rules: .standard, today: today, used: .zero, visitsThisWeek: 0)
        #expect(later.refusal?.contains("commencent le 02/12/2026") == true)
        #expect(endedYesterday.panel(inTicket: .zero) == "Foyer F-42-2 · droits FINIS le 30/11/2026 : à renouveler")
        #expect(suspended.panel(inTicket: .zero) == "Foyer F-42-2 · droits SUSPENDUS")
    }

    @Test("A household outside the brackets is told so without its income band")
    func notEligibleSaysNoBracket() {
        let today = CalendarDay(year: 2026, month: 12, day: 1)
        var rich = Self.household(from: today, to: today.adding(months: 6))
        rich.monthlyResources = Money(euros: 9_000)
        let standing = HouseholdStanding(rich, rules: .standard, today: today, used: .zero, visitsThisWeek: 0)
        #expect(standing.rights == .notEligible)
        for text in [standing.panel(inTicket: .zero), standing.refusal ?? ""] {
            #expect(!text.contains("%") && !text.contains("tranche") && !text.contains("38,00"))
        }
        #expect(standing.panel(inTicket: .zero) == "Foyer F-42-2 · PAS DE DROITS OUVERTS")
    }

    @Test("Remaining cap and the weekly visit limit")
    func capAndVisits() {
        let today = CalendarDay(year: 2026, month: 12, day: 1)
        var rules = EpicerieRules.standard
        rules.weeklyVisits = 1
        let h = Self.household(from: today, to: today.adding(months: 6))
        let standing = HouseholdStanding(h, rules: rules, today: today, used: Money(cents: 11_50), visitsThisWeek: 0)
        #expect(standing.cap == Money(euros: 38))
        #expect(standing.remaining == Money(cents: 26_50))
        // Dignity: neither the rate (an income band) nor the cap (a household size).
        #expect(standing.panel(inTicket: Money(cents: 1_50)) == "Foyer F-42-2 · droits OK · reste 25,00 €")
        #expect(standing.panel(inTicket: Money(cents: 26_50)) == "Foyer F-42-2 · droits OK · plafond du mois atteint")
        let again = HouseholdStanding(h, rules: rules, today: today, used: .zero, visitsThisWeek: 1)
        #expect(again.refusal?.contains("limite : 1") == true)
        #expect(again.panel(inTicket: .zero) == "Foyer F-42-2 · déjà venu 1 fois cette semaine · reste 38,00 €")
    }

    @Test("Rules survive a JSON round trip (they are journaled whole)")
    func codable() throws {
        let data = try JSONEncoder().encode(EpicerieRules.standard)
        #expect(try JSONDecoder().decode(EpicerieRules.self, from: data) == .standard)
    }
}

import Foundation

@Suite("Épicerie products sold by the kg")
struct WeighedPriceTests {
    @Test("Price per kg × grams, rounded once: to the cent for the market value, to the step for the household")
    func weighed() {
        let rules = EpicerieRules.standard
        // 3,20 €/kg × 1,250 kg = 4,00 €; 30 % = 1,20 €.
        let a = rules.weighedPrice(marketPerKg: Money(cents: 320), solidarityPerKg: nil, rate: 30, grams: 1250)
        #expect(a.market == Money(cents: 400) && a.price == Money(cents: 120))
        // 2,99 €/kg × 0,333 kg = 0,99567 → 1,00 €; 20 % = 0,19913 → 0,20 € (not 20 % of the rounded 1,00 €, by luck equal).
        let b = rules.weighedPrice(marketPerKg: Money(cents: 299), solidarityPerKg: nil, rate: 20, grams: 333)
        #expect(b.market == Money(cents: 100) && b.price == Money(cents: 20))
        // 10 % of 1,89 €/kg × 0,750 kg = 0,14175 → 0,15 € at the 0,05 € step.
        let c = rules.weighedPrice(marketPerKg: Money(cents: 189), solidarityPerKg: nil, rate: 10, grams: 750)
        #expect(c.price == Money(cents: 15) && c.market == Money(cents: 142))
        // A fixed solidarity price per kg: 0,50 €/kg × 2,5 kg = 1,25 €.
        let d = rules.weighedPrice(marketPerKg: Money(cents: 299), solidarityPerKg: Money(cents: 50), rate: 30, grams: 2500)
        #expect(d.price == Money(cents: 125) && d.market == Money(cents: 748))
    }

    @Test("Two weighings of the same product stay two lines")
    func weighedLinesDoNotMerge() {
        var cart = Cart()
        let line = CartLine(code: "VRAC", label: "Lentilles", activity: .epicerie, unitPrice: Money(cents: 120), weightGrams: 1250)
        cart.add(line)
        cart.add(line)
        #expect(cart.lines.count == 2)
    }
}
