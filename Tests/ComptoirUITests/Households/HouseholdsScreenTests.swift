import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The household file and the rules screen.
@Suite struct HouseholdsScreenTests {
    static let today = CalendarDay(Fixtures.now, in: TimeZone(identifier: "Europe/Paris")!)

    /// A responsable's households screen: every file listed at once.
    static func atHouseholds(as user: UserSummary = Fixtures.sophie) -> AppState {
        var state = Fixtures.atSale(as: user)
        #expect(state.press(.alt("f")) == [.households(.searchHouseholds("", openOn: nil))])
        _ = App.update(&state, .households(.householdsFound([EpicerieSaleTests.martin], rules: .standard)))
        return state
    }

    @Test func aVolunteerSearchesFromThreeLettersThenAttachesToTheTicket() {
        var state = Fixtures.atSale(as: Fixtures.camille)
        #expect(state.press(.alt("f")).isEmpty, "nobody listed before a search")
        #expect(state.screen == .households)
        expectGolden(App.view(state), "households-volunteer-empty")
        #expect(state.type("mar") == [.households(.searchHouseholds("mar", openOn: Self.today))])
        _ = App.update(&state, .households(.householdsFound([EpicerieSaleTests.martin], rules: .standard)))
        // The household's size is not shown to a bénévole.
        #expect(!App.view(state).row(5).contains("Pers."))
        expectGolden(App.view(state), "households-list")
        #expect(state.press(.enter) == [.sale(.loadHousehold(42))])
        #expect(state.screen == .sale)
    }

    @Test func aVolunteerIsToldWhyNothingMatches() {
        var state = Fixtures.atSale(as: Fixtures.camille)
        state.press(.alt("f"))
        #expect(state.type("durand").last == .households(.searchHouseholds("durand", openOn: Self.today)))
        // The ledger left the expired file out.
        _ = App.update(&state, .households(.householdsFound([], rules: .standard)))
        let canvas = App.view(state)
        #expect(canvas.row(6).contains("Aucun foyer aux droits en cours ne correspond."))
        expectGolden(canvas, "households-volunteer-none")
    }

    @Test func aResponsableSeesEveryFileWithItsSize() {
        let state = Self.atHouseholds()
        #expect(App.view(state).row(5).contains("Pers."))
        expectGolden(App.view(state), "households-manager-list")
    }

    @Test func aVolunteerCannotOpenAFile() {
        var state = Fixtures.atSale(as: Fixtures.camille)
        state.press(.alt("f"))
        state.type("mar")
        _ = App.update(&state, .households(.householdsFound([EpicerieSaleTests.martin], rules: .standard)))
        state.press(.function(3))
        #expect(state.households.form == nil)
        #expect(state.status.text.contains("Réservé aux responsables"))
        let canvas = App.view(state)
        // Income never shows outside the file.
        #expect(!(0..<canvas.height).contains { canvas.row($0).contains("2 000") })
    }

    @Test func theFileComputesQFAndRAVAsTheFieldsAreTyped() {
        var state = Self.atHouseholds()
        state.press(.function(2))
        #expect(state.households.form?.number == 0)
        // Name, phone, adults, children, disabled, resources, charges, benefits.
        state.type("Bernard", then: .down, .down, .backspace)
        state.type("2", then: .down, .backspace)
        state.type("2", then: .down, .down)
        state.type("2000", then: .down)
        state.type("700", then: .down)
        state.type("150")
        let canvas = App.view(state)
        let text = (0..<canvas.height).map { canvas.row($0) }.joined(separator: "\n")
        #expect(text.contains("Parts : 3 parts"))
        #expect(text.contains("QF : 716,67 €"))
        // (2 000 + 150 − 700) / 4 / 30 = 12,083… → 12,08 €
        #expect(text.contains("RAV : 12,08 €/pers./jour"))
        #expect(text.contains("Participation : 30 %"))
        #expect(text.contains("Plafond du mois : 38,00 €"))
        expectGolden(canvas, "household-file")

        let effects = state.press(.function(2))
        guard case .households(.saveHousehold(let household, let actor))? = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(actor == Fixtures.sophie.id)
        #expect(household.persons == 4 && household.monthlyResources == Money(euros: 2000))
        #expect(household.rightsTo == household.rightsFrom.adding(months: 6).adding(days: -1))
        var saved = household
        saved.number = 43
        _ = App.update(&state, .households(.householdSaved(saved)))
        #expect(state.households.form?.number == 43)
        #expect(state.status.text.contains("Fiche du foyer F-43-"))
    }

    @Test func aFileWithoutAnAdultIsRefusedNamingTheField() {
        var state = Self.atHouseholds()
        state.press(.function(3))
        #expect(state.households.form?.number == 42)
        state.press(.down, .down, .backspace)
        state.type("0")
        #expect(state.press(.function(2)).isEmpty)
        #expect(state.status.text == "Fiche : Adultes : un foyer compte au moins un adulte.")
    }

    @Test func renewAndSuspendChangeTheFileUntilSaved() {
        var state = Self.atHouseholds()
        state.press(.function(3), .function(3))
        let today = CalendarDay(Fixtures.now, in: TimeZone(identifier: "Europe/Paris")!)
        #expect(state.households.form?.fields[10].text == today.french)
        #expect(state.households.form?.fields[11].text == "22/05/2027")
        state.press(.function(4))
        #expect(state.households.form?.suspended == true)
        #expect(App.view(state).row(2).contains("DROITS SUSPENDUS"))
    }

    @Test func theRulesScreenRefusesOverlappingBracketsAndSavesGoodOnes() {
        var state = Self.atHouseholds()
        #expect(state.press(.function(4)).isEmpty)
        #expect(state.screen == .rules)
        expectGolden(App.view(state), "rules")
        // Second bracket up to 400 € while the first goes to 450 €: they overlap.
        state.press(.down, .down, .down)
        state.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        state.type("400")
        #expect(state.press(.function(2)).isEmpty)
        #expect(state.status.text.contains("Tranche 2 : elle finit (400,00 €) avant de commencer (450,00 €)"))
        state.press(.backspace, .backspace, .backspace)
        state.type("650")
        let effects = state.press(.function(2))
        guard case .households(.saveRules(let rules, _))? = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(rules.brackets.map(\.to) == [Money(euros: 450), Money(euros: 650), Money(euros: 900), nil])
        #expect(rules.brackets[2].from == Money(euros: 650))
        _ = App.update(&state, .households(.rulesSaved(rules)))
        #expect(state.screen == .households && state.households.rules == rules)
    }
}
