import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The households feature on its own slice of the state: it changes only `HouseholdsState`
/// and asks the app for the rest (status, navigation, the household attached) through its
/// outputs.
@Suite struct HouseholdsFeatureTests {
    static let today = CalendarDay(Fixtures.now, in: Fixtures.context().timeZone)
    static let context = HouseholdsContext(today: today, printsCards: true, userId: Fixtures.sophie.id, isManager: true,
                                           ticketHousehold: nil, ticketHasEpicerieLines: false)

    static func found() -> HouseholdsState {
        var households = HouseholdsState()
        _ = HouseholdsScreen.receive(&households, context, .householdsFound([EpicerieSaleTests.martin], rules: .standard))
        return households
    }

    @Test func openingSearchesEverythingForAResponsableAndAsksToBeShown() {
        var households = Self.found()
        let (effects, outputs) = HouseholdsScreen.open(&households, Self.context)
        #expect(effects == [.households(.searchHouseholds("", openOn: nil))])
        #expect(outputs.first == .show)
        #expect(households.results.isEmpty)
    }

    static var volunteer: HouseholdsContext {
        var context = Self.context
        context.isManager = false
        context.userId = Fixtures.camille.id
        return context
    }

    @Test func aVolunteerOpensAnEmptyListThatSearchesFromThreeLettersOrACard() {
        var households = Self.found()
        let (effects, outputs) = HouseholdsScreen.open(&households, Self.volunteer)
        #expect(effects.isEmpty, "nobody is listed before a search")
        #expect(outputs.first == .show)
        #expect(households.results.isEmpty)
        #expect(HouseholdsScreen.handle(&households, Self.volunteer, .char("m")).0.isEmpty)
        #expect(HouseholdsScreen.handle(&households, Self.volunteer, .char("a")).0.isEmpty)
        #expect(HouseholdsScreen.handle(&households, Self.volunteer, .char("r")).0
                == [.households(.searchHouseholds("mar", openOn: Self.today))], "only files whose rights have not ended")
        _ = HouseholdsScreen.receive(&households, Self.volunteer, .householdsFound([EpicerieSaleTests.martin], rules: .standard))
        #expect(households.results.count == 1)
        // Back under three letters: the list empties at once, nothing is asked.
        #expect(HouseholdsScreen.handle(&households, Self.volunteer, .backspace).0.isEmpty)
        #expect(households.results.isEmpty)
        // A card scanned (or its number typed) searches at once.
        #expect(HouseholdsScreen.search("F427", Self.volunteer) == .searchHouseholds("F427", openOn: Self.today))
        #expect(HouseholdsScreen.search("42", Self.volunteer) == .searchHouseholds("42", openOn: Self.today))
        #expect(HouseholdsScreen.search("ma", Self.volunteer) == nil)
        #expect(HouseholdsScreen.search("ma", Self.context) == .searchHouseholds("ma", openOn: nil))
    }

    @Test func enterAsksTheAppToAttachTheHousehold() {
        var households = Self.found()
        let (effects, outputs) = HouseholdsScreen.handle(&households, Self.context, .enter)
        #expect(effects.isEmpty, "the app loads the household into the ticket, not the file")
        #expect(outputs == [.attachHousehold(42)])
    }

    @Test func aTicketWithÉpicerieLinesForAnotherHouseholdKeepsIt() {
        var households = Self.found()
        var context = Self.context
        context.ticketHousehold = EpicerieSaleTests.standing(Household(number: 7, name: "Autre", adults: 1, monthlyResources: .zero,
                                                                      rightsFrom: Self.today, rightsTo: Self.today))
        #expect(HouseholdsScreen.handle(&households, context, .enter).1 == [.attachHousehold(42)],
                "no épicerie line yet: the household changes")
        context.ticketHasEpicerieLines = true
        let outputs = HouseholdsScreen.handle(&households, context, .enter).1
        guard case .status(let status)? = outputs.first, outputs.count == 1 else { Issue.record("\(outputs)"); return }
        #expect(status.kind == .error && status.text.contains("foyer \(HouseholdCardCode.make(7))"))
        #expect(status.text.contains("encaissez-le ou abandonnez-le"))
    }

    @Test func escapeGoesBackToSale() {
        var households = Self.found()
        #expect(HouseholdsScreen.handle(&households, Self.context, .escape).1 == [.backToSale, .status(StatusLine())])
    }

    @Test func aVolunteerIsRefusedTheFileAndTheRules() {
        var households = Self.found()
        var context = Self.context
        context.isManager = false
        for key in [Key.function(3), .function(4)] {
            let outputs = HouseholdsScreen.handle(&households, context, key).1
            guard case .status(let status)? = outputs.first else { Issue.record("\(outputs)"); return }
            #expect(status.kind == .error && status.text.contains("Réservé aux responsables"))
        }
        #expect(households.form == nil)
        #expect(!HouseholdsScreen.hints(households, context, for: .bar).contains { $0.label == "Règles" })
        #expect(HouseholdsScreen.hints(households, Self.context, for: .bar).contains { $0.label == "Règles" })
    }

    @Test func aResponsableAsksForTheRulesAndOpensTheFile() {
        var households = Self.found()
        #expect(HouseholdsScreen.handle(&households, Self.context, .function(4)).1 == [.openRules])
        let (effects, outputs) = HouseholdsScreen.handle(&households, Self.context, .function(3))
        #expect(effects.isEmpty)
        #expect(households.form?.number == 42)
        #expect(outputs == [.status(.info("Fiche du foyer \(EpicerieSaleTests.martin.cardCode)."))])
    }

    @Test func savingTheFileIsTheUsersWorkAndPrintingNeedsAPrinter() {
        var households = Self.found()
        _ = HouseholdsScreen.handle(&households, Self.context, .function(3))
        let (effects, _) = HouseholdsScreen.handle(&households, Self.context, .function(2))
        guard case .households(.saveHousehold(let household, let actor))? = effects.first else { Issue.record("\(effects)"); return }
        #expect(household.number == 42 && actor == Fixtures.sophie.id)
        #expect(HouseholdsScreen.handle(&households, Self.context, .function(5)).0
            == [.households(.printHouseholdCard(42, operatorId: Fixtures.sophie.id))])
        var context = Self.context
        context.printsCards = false
        let (none, outputs) = HouseholdsScreen.handle(&households, context, .function(5))
        #expect(none.isEmpty)
        #expect(outputs == [.status(.error("Aucune imprimante n'est configurée à cette caisse."))])
    }

    @Test func savedRulesAreKeptAndTheAppClosesTheirForm() {
        var households = Self.found()
        var rules = EpicerieRules.standard
        rules.rightsMonths = 3
        let outputs = HouseholdsScreen.receive(&households, Self.context, .rulesSaved(rules))
        #expect(households.rules.rightsMonths == 3)
        #expect(outputs.first == .rulesSaved)
    }
}
