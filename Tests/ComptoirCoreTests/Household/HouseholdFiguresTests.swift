import Testing
@testable import ComptoirCore

@Suite("Household figures: parts, QF and reste à vivre")
struct HouseholdFiguresTests {
    static let day = CalendarDay(year: 2026, month: 12, day: 1)

    static func household(adults: Int, children: Int, disabled: Int = 0, resources: Int64, charges: Int64 = 0,
                          benefits: Int64 = 0) -> Household {
        Household(name: "Test", adults: adults, children: children, disabledChildren: disabled,
                  monthlyResources: Money(cents: resources), fixedCharges: Money(cents: charges),
                  familyBenefits: Money(cents: benefits), rightsFrom: day, rightsTo: day.adding(months: 6))
    }

    @Test("2 adults + 2 children, 24 000 € a year and 150 € of benefits: 3 parts, QF 716,67 €")
    func fieldExample() {
        let h = Self.household(adults: 2, children: 2, resources: 24_000_00 / 12, benefits: 150_00)
        let f = HouseholdFigures(h, rules: .standard)
        #expect(f.halfParts == 6)
        #expect(f.partsLabel == "3 parts")
        #expect(f.parts.map(\.halves) == [4, 1, 1])
        #expect(f.quotient == Money(cents: 716_67))
        #expect(f.rate == 30)
    }

    @Test("The third child counts a whole part, further ones half; a disability adds half")
    func childRanks() {
        let h = Self.household(adults: 1, children: 4, disabled: 1, resources: 1_000_00)
        var rules = EpicerieRules.standard
        #expect(HouseholdFigures(h, rules: rules).halfParts == 4 + 1 + 1 + 2 + 1 + 1)
        rules.thirdChildFullPart = false
        #expect(HouseholdFigures(h, rules: rules).halfParts == 4 + 1 + 1 + 1 + 1 + 1)
    }

    @Test("The single-parent half part is a setting")
    func singleParent() {
        let h = Self.household(adults: 1, children: 1, resources: 1_250_00)
        var rules = EpicerieRules.standard
        let without = HouseholdFigures(h, rules: rules)
        #expect(without.halfParts == 5)
        #expect(without.partsLabel == "2,5 parts")
        #expect(without.quotient == Money(cents: 500_00))
        rules.singleParentHalfPart = true
        let with = HouseholdFigures(h, rules: rules)
        #expect(with.halfParts == 6)
        #expect(with.quotient == Money(cents: 416_67))
        // A couple never gets it.
        #expect(HouseholdFigures(Self.household(adults: 2, children: 1, resources: 1_250_00), rules: rules).halfParts == 5)
    }

    @Test("RAV = (resources − charges) / persons / 30, rounded half-up to the cent")
    func resteAVivre() {
        // (1 400 + 100 − 700) / 4 / 30 = 6,666… → 6,67 € per person per day.
        let h = Self.household(adults: 2, children: 2, resources: 1_400_00, charges: 700_00, benefits: 100_00)
        var rules = EpicerieRules.standard
        rules.method = .resteAVivre
        rules.brackets = [Bracket(from: .zero, to: Money(euros: 5), rate: 10),
                          Bracket(from: Money(euros: 5), to: Money(euros: 9), rate: 30),
                          Bracket(from: Money(euros: 9), to: nil, rate: nil)]
        let f = HouseholdFigures(h, rules: rules)
        #expect(f.resteAVivre == Money(cents: 6_67))
        #expect(f.value == f.resteAVivre)
        #expect(f.rate == 30)
        // Charges above resources: a negative RAV falls in the first bracket.
        let poor = Self.household(adults: 1, children: 0, resources: 500_00, charges: 600_00)
        let p = HouseholdFigures(poor, rules: rules)
        #expect(p.resteAVivre == Money(cents: -3_33))
        #expect(p.rate == 10)
    }

    @Test("A QF attested by the CAF wins over the computed one")
    func attestedQuotient() {
        var h = Self.household(adults: 2, children: 2, resources: 2_000_00, benefits: 150_00)
        h.cafQuotient = Money(cents: 420_00)
        let f = HouseholdFigures(h, rules: .standard)
        #expect(f.computedQuotient == Money(cents: 716_67))
        #expect(f.quotient == Money(cents: 420_00))
        #expect(f.rate == 10)
    }

    @Test("Above the last bracket with a rate, not eligible")
    func notEligible() {
        let h = Self.household(adults: 1, children: 0, resources: 2_000_00)
        let f = HouseholdFigures(h, rules: .standard)
        #expect(f.quotient == Money(cents: 1_000_00))
        #expect(f.rate == nil)
    }

    @Test("Cap table from 20 € (one person) to 50 € (couple with 4 children), and base + per person")
    func caps() {
        let rules = EpicerieRules.standard
        #expect(HouseholdFigures(Self.household(adults: 1, children: 0, resources: 0), rules: rules).cap == Money(euros: 20))
        #expect(HouseholdFigures(Self.household(adults: 2, children: 4, resources: 0), rules: rules).cap == Money(euros: 50))
        #expect(HouseholdFigures(Self.household(adults: 2, children: 7, resources: 0), rules: rules).cap == Money(euros: 50))
        #expect(MonthlyCap.basePlus(Money(euros: 10), perPerson: Money(euros: 5)).amount(persons: 4) == Money(euros: 30))
    }

    @Test("A file with no adult or negative resources is refused, naming the field")
    func badFiles() {
        #expect(Self.household(adults: 0, children: 2, resources: 100).problem?.hasPrefix("Adultes") == true)
        #expect(Self.household(adults: 1, children: 0, resources: -1).problem?.hasPrefix("Ressources") == true)
        #expect(Self.household(adults: 1, children: 1, disabled: 2, resources: 1).problem?.hasPrefix("Enfants handicapés") == true)
        var h = Self.household(adults: 1, children: 0, resources: 1)
        #expect(h.problem == nil)
        h.rightsTo = h.rightsFrom.adding(days: -1)
        #expect(h.problem?.hasPrefix("Droits") == true)
    }
}
