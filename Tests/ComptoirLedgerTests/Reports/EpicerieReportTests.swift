import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct EpicerieReportTests {
    @Test func theMonthCountsHouseholdsVisitsPersonsAmountsAidAndKilos() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let today = CalendarDay(Date(), in: l.timeZone)
        let rules = EpicerieRules.standard
        // Rights must cover today: the sale checks them against the current date.
        func household(_ name: String, adults: Int, children: Int, resources: Int64) throws -> Household {
            try l.saveHousehold(Household(name: name, adults: adults, children: children, monthlyResources: Money(euros: resources),
                                          rightsFrom: today.adding(months: -1), rightsTo: today.adding(months: 5)),
                                by: shop.admin.id, till: TestShop.till)
        }
        let martin = try household("Martin", adults: 2, children: 1, resources: 1_000) // QF 400 € : 10 %
        let dupont = try household("Dupont", adults: 1, children: 0, resources: 500)   // QF 250 € : 10 %
        let pasta = Product(code: "3038350012005", name: "Spaghetti 500 g", marketPrice: Money(cents: 200), weightGrams: 500)
        let soap = Product(code: "SAVON", name: "Savon", marketPrice: Money(cents: 150))
        let oil = Product(code: "HUILE", name: "Huile 1 L", marketPrice: Money(cents: 300), solidarityPrice: Money(cents: 50),
                          weightGrams: 1_000)
        for product in [pasta, soap, oil] { try l.saveProduct(product, by: shop.admin.id, till: TestShop.till) }

        func line(_ p: Product, _ quantity: Int, for h: Household) throws -> CartLine {
            let rate = try #require(HouseholdFigures(h, rules: rules).rate)
            return CartLine(code: p.code, label: p.name, activity: .epicerie,
                            unitPrice: rules.price(market: p.marketPrice, solidarity: p.solidarityPrice, rate: rate),
                            quantity: quantity, marketUnitPrice: p.marketPrice)
        }
        func sell(_ lines: [CartLine], to h: Household) throws -> CommittedTicket {
            var draft = TestShop.draft(lines)
            draft.household = h.number
            draft.stockAccepted = Set(lines.compactMap(\.code))  // nothing is stocked: sold below zero
            return try l.commitSale(draft, till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id)
        }
        // 10 % of 2,00 € is 0,20 €; of 1,50 € is 0,15 €; the oil has a fixed 0,50 €.
        let first = try sell([line(pasta, 2, for: martin), line(soap, 1, for: martin)], to: martin)
        #expect(first.total == Money(cents: 55))
        _ = try sell([line(oil, 1, for: martin)], to: martin)
        let cancelled = try sell([line(pasta, 1, for: dupont)], to: dupont)
        _ = try l.cancelTicket(number: cancelled.number, reason: "erreur de foyer", authorizedBy: shop.admin.id,
                           till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id)
        _ = try sell([line(soap, 2, for: dupont)], to: dupont)
        try shop.sell([TestShop.tshirt]) // friperie, no household: not in the report

        let report = try l.epicerieReport(month: today)
        #expect(report.month == today.firstOfMonth)
        #expect(report.householdsServed == 2)
        #expect(report.visits == 3) // the cancelled sale is not a visit
        #expect(report.personsReached == 4)
        #expect(report.paid == Money(cents: 55 + 50 + 20 - 20 + 30))
        #expect(report.marketValue == Money(cents: 400 + 150 + 300 + 200 - 200 + 300))
        #expect(report.aid == Money(cents: 1_150 - 135))
        #expect(report.gramsSold == 2 * 500 + 1_000 + 500 - 500)
        #expect(report.unitsWithoutWeight == 3)

        // The month's persons are what the tickets recorded: a larger family afterwards,
        // or a purged file, changes nothing.
        var bigger = martin
        bigger.children = 4
        _ = try l.saveHousehold(bigger, by: shop.admin.id, till: TestShop.till)
        #expect(try l.purgeHouseholds(noContactSince: Date().addingTimeInterval(60), by: shop.admin.id, till: TestShop.till).count == 2)
        #expect(try l.rawInt("SELECT COUNT(*) FROM households") == 0)
        #expect(try l.epicerieReport(month: today).personsReached == 4)
        #expect(try l.rawString("SELECT group_concat(household_persons) FROM tickets WHERE household IS NOT NULL ORDER BY number")
                == "3,3,1,1,1")
        #expect(try l.verify().isOK)

        let empty = EpicerieReport(month: today.firstOfMonth.adding(months: 1), householdsServed: 0, visits: 0,
                                   personsReached: 0, paid: .zero, marketValue: .zero, gramsSold: 0, unitsWithoutWeight: 0)
        #expect(try l.epicerieReport(month: today.firstOfMonth.adding(months: 1)) == empty)
        #expect(try l.epicerieReport(month: today.firstOfMonth.adding(months: -1)).visits == 0)
    }

    @Test func theMonthIsFoundThroughTheIndexOnTicketTimes() throws {
        let shop = try TestShop()
        defer { shop.close() }
        for sql in [Ledger.visitsSQL, Ledger.linesSQL] {
            let bound = sql.replacingOccurrences(of: "?1", with: "'2026-10-31T23:00:00.000Z'")
                .replacingOccurrences(of: "?2", with: "'2026-11-30T23:00:00.000Z'")
            let plan = try shop.ledger.queryPlan(bound)
            #expect(plan.contains("tickets_by_at"), "\(plan)")
            #expect(!plan.contains("SCAN t\n") && !plan.hasSuffix("SCAN t") && !plan.contains("SCAN l"), "\(plan)")
        }
    }

    /// The intruder rewrites a visit's household size in the table and in its journal entry,
    /// re-hashing the chain: the household's file replayed to that moment says otherwise.
    @Test func aForgedHouseholdSizeIsCaughtAgainstTheReplayedFile() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let today = CalendarDay(Date(), in: l.timeZone)
        let family = try l.saveHousehold(Household(name: "Martin", adults: 2, children: 1, monthlyResources: Money(euros: 1_000),
                                                   rightsFrom: today.adding(months: -1), rightsTo: today.adding(months: 5)),
                                         by: shop.admin.id, till: TestShop.till)
        let soap = Product(code: "SAVON", name: "Savon", marketPrice: Money(cents: 150))
        try l.saveProduct(soap, by: shop.admin.id, till: TestShop.till)
        let rate = try #require(HouseholdFigures(family, rules: .standard).rate)
        var draft = TestShop.draft([CartLine(code: soap.code, label: soap.name, activity: .epicerie,
                                             unitPrice: EpicerieRules.standard.price(market: soap.marketPrice, solidarity: nil, rate: rate),
                                             marketUnitPrice: soap.marketPrice)])
        draft.household = family.number
        draft.stockAccepted = [soap.code]
        let sold = try l.commitSale(draft, till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id)
        #expect(try l.verify().isOK)
        try ChainForger.rewritePayload(path: shop.path, seq: sold.journalSeq, replacing: "\"household_persons\":3",
                                       with: "\"household_persons\":7", table: "tickets",
                                       rows: "UPDATE tickets SET household_persons = 7 WHERE number = \(sold.number)")
        let reopened = try Ledger.open(path: shop.path, pinRounds: 1_000)
        defer { try? reopened.close() }
        let report = try reopened.verify()
        #expect(report.problem?.seq == sold.journalSeq)
        #expect(report.problem?.reason == "le ticket n° \(sold.number) compte 7 personnes au foyer n° \(family.number), sa fiche n'en comptait pas autant à cette vente")
    }
}
