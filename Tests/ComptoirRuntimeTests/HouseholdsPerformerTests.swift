// Covers HouseholdsEffect: searchHouseholds (found with the rules), saveHousehold (created
// and journaled; no name refused), printHouseholdCard (printed; unknown card; no printer
// answers nothing printed…; printer failing), saveRules (saved; invalid; a volunteer refused).
import Foundation
import Testing
import ComptoirCore
import ComptoirLedger
import ComptoirUI
@testable import ComptoirRuntime

@Suite struct HouseholdsPerformerTests {
    @Test func householdsAreFoundWithTheRules() throws {
        let shop = try RuntimeShop()
        let martin = try shop.addHousehold(name: "Martin")
        try shop.addHousehold(name: "Durand")
        #expect(shop.perform(.households(.searchHouseholds("mart", openOn: nil))) == [.households(.householdsFound([martin], rules: try shop.ledger.epicerieRules()))])
    }

    @Test func aHouseholdIsSavedAndJournaled() throws {
        let shop = try RuntimeShop()
        let file = Household(name: "Bernard", adults: 1, children: 2, monthlyResources: Money(euros: 700),
                             rightsFrom: shop.today, rightsTo: shop.today.adding(months: 6))
        let answers = shop.perform(.households(.saveHousehold(file, actorId: shop.manager.id)))
        guard answers.count == 1, case .households(.householdSaved(let saved)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(saved.number > 0)
        #expect(saved.name == "Bernard")
        #expect(try shop.ledger.household(number: saved.number) == saved)
        #expect(try shop.journaled("household.created") == 1)
    }

    @Test func aHouseholdWithoutNameIsRefused() throws {
        let shop = try RuntimeShop()
        let file = Household(name: " ", adults: 1, monthlyResources: Money(euros: 700), rightsFrom: shop.today, rightsTo: shop.today)
        let request = Effect.households(.saveHousehold(file, actorId: shop.manager.id))
        #expect(failure(shop.perform(request), request) == "Nom : tapez un nom ou un pseudonyme pour le foyer.")
        #expect(try shop.ledger.householdCount() == 0)
    }

    @Test func aCardIsPrinted() throws {
        let shop = try RuntimeShop()
        let household = try shop.addHousehold()
        #expect(shop.perform(.households(.printHouseholdCard(household.number, operatorId: shop.volunteer.id)))
            == [.notice("Carte \(household.cardCode) imprimée.")])
        #expect(shop.printed.contains(household.cardCode))
        #expect(shop.printed.contains("CARTE"))
        #expect(shop.printed.contains("Martin"))
    }

    @Test func anUnknownCardIsRefused() throws {
        let shop = try RuntimeShop()
        let request = Effect.households(.printHouseholdCard(404, operatorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request) == "Aucun foyer n'a la carte \(HouseholdCardCode.make(404)).")
        #expect(shop.printedBytes.isEmpty)
    }

    @Test func aCardThatCannotPrintSaysSoAndNamesItsRequest() throws {
        let shop = try RuntimeShop(brokenPrinter: true)
        let household = try shop.addHousehold()
        let request = Effect.households(.printHouseholdCard(household.number, operatorId: shop.volunteer.id))
        let message = failure(shop.perform(request), request)
        #expect(message?.hasPrefix("Carte \(household.cardCode) non imprimée : ") == true)
        #expect(message?.hasSuffix(" F5 : réessayer.") == true)
    }

    @Test func theRulesAreSaved() throws {
        let shop = try RuntimeShop()
        var rules = try shop.ledger.epicerieRules()
        rules.rightsMonths = 3
        rules.showAidOnReceipt.toggle()
        #expect(shop.perform(.households(.saveRules(rules, actorId: shop.manager.id))) == [.households(.rulesSaved(rules))])
        #expect(try shop.ledger.epicerieRules() == rules)
        #expect(try shop.journaled("epicerie.rules_changed") == 1)
    }

    @Test func invalidRulesAreRefused() throws {
        let shop = try RuntimeShop()
        var rules = try shop.ledger.epicerieRules()
        rules.rightsMonths = 0
        let request = Effect.households(.saveRules(rules, actorId: shop.manager.id))
        #expect(failure(shop.perform(request), request) == rules.problem)
        #expect(rules.problem != nil)
    }

    @Test func aVolunteerCannotChangeTheRules() throws {
        let shop = try RuntimeShop()
        var rules = try shop.ledger.epicerieRules()
        rules.rightsMonths = 3
        let request = Effect.households(.saveRules(rules, actorId: shop.volunteer.id))
        #expect(failure(shop.perform(request), request) == "Réservé aux responsables : demandez à un responsable de le faire avec son code.")
        #expect(try shop.ledger.epicerieRules().rightsMonths != 3)
    }
}
