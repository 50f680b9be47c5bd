import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

/// Épicerie sales in the ledger: the household on the ticket, prices at its rate, the
/// cap checked inside the transaction, overrides, stock, and `verify`.
@Suite struct EpicerieLedgerTests {
    static let rice = Product(code: "3560070005109", name: "Riz long grain 1 kg", marketPrice: Money(cents: 189),
                              category: "Épicerie sèche", weightGrams: 1000, lowStock: 2)
    static let potatoes = Product(code: "POMMES25", name: "Pommes de terre 2,5 kg", marketPrice: Money(cents: 299),
                                  solidarityPrice: Money(cents: 50))

    struct Shop {
        let shop: TestShop
        let household: Household
        var ledger: Ledger { shop.ledger }
    }

    /// The field example (2 adults + 2 children, QF 716,67 € → 30 %, cap 38 €), rights open
    /// today; rice and potatoes in stock.
    static func shop(rightsTo: CalendarDay? = nil) throws -> Shop {
        let shop = try TestShop()
        let today = CalendarDay(Date(), in: shop.ledger.timeZone)
        let household = try shop.ledger.saveHousehold(
            Household(name: "Martin", adults: 2, children: 2, monthlyResources: Money(euros: 2000),
                      familyBenefits: Money(euros: 150), rightsFrom: today.adding(months: -1),
                      rightsTo: rightsTo ?? today.adding(months: 5)),
            by: shop.admin.id, till: TestShop.till)
        try shop.ledger.saveProduct(rice, by: shop.admin.id, till: TestShop.till)
        try shop.ledger.saveProduct(potatoes, by: shop.admin.id, till: TestShop.till)
        try shop.ledger.recordStock(code: rice.code, kind: .foodBank, quantity: 20, weightGrams: 20_000,
                                    by: shop.admin.id, till: TestShop.till)
        return Shop(shop: shop, household: household)
    }

    static func line(_ p: Product, _ quantity: Int = 1, rate: Int = 30) -> CartLine {
        CartLine(code: p.code, label: p.name, activity: .epicerie,
                 unitPrice: EpicerieRules.standard.price(market: p.marketPrice, solidarity: p.solidarityPrice, rate: rate),
                 quantity: quantity, marketUnitPrice: p.marketPrice)
    }

    static func sell(_ s: Shop, _ lines: [CartLine], household: Int64?, override: TicketDraft.Override? = nil,
                     on ledger: Ledger? = nil, stockAccepted: Set<String> = []) throws -> CommittedTicket {
        var draft = TestShop.draft(lines)
        draft.household = household
        draft.override = override
        draft.stockAccepted = stockAccepted
        return try (ledger ?? s.ledger).commitSale(draft, till: TestShop.till, operatorId: s.shop.benevole.id,
                                                  sessionId: s.shop.session.id)
    }

    @Test func aSaleAtTheRateCountsAgainstTheCapAndTakesStock() throws {
        let s = try Self.shop()
        defer { s.shop.close() }
        #expect(s.household.number == 1)
        let before = try #require(try s.ledger.householdStanding(number: 1))
        #expect(before.rate == 30 && before.cap == Money(euros: 38) && before.remaining == Money(euros: 38))
        let ticket = try Self.sell(s, [Self.line(Self.rice, 2), Self.line(Self.potatoes)], household: 1,
                                   stockAccepted: [Self.potatoes.code])
        #expect(ticket.total == Money(cents: 2 * 55 + 50))
        let after = try #require(try s.ledger.householdStanding(number: 1))
        // Counted on market value: 2 × 1,89 + 2,99.
        #expect(after.used == Money(cents: 6_77))
        #expect(after.remaining == Money(cents: 31_23))
        #expect(after.visitsThisWeek == 1)
        #expect(try s.ledger.product(code: Self.rice.code)?.stock == 18)
        #expect(try s.ledger.ticket(number: ticket.number)?.household == 1)
        #expect(try s.ledger.ticket(number: ticket.number)?.lines.first?.marketUnitPrice == Money(cents: 189))
        #expect(try s.ledger.verify().isOK)
        // The journal keeps the card number, never the name or the income.
        let journal = try s.ledger.rawString("SELECT group_concat(payload, ' ') FROM journal") ?? ""
        #expect(!journal.contains("Martin") && !journal.contains("200000"))
        #expect(journal.contains("\"household\":1"))
    }

    @Test func theLedgerRefusesWhatTheRulesRefuse() throws {
        let s = try Self.shop()
        defer { s.shop.close() }
        let entries = try s.ledger.journalEntryCount()
        #expect(refusal { _ = try Self.sell(s, [Self.line(Self.rice)], household: nil) }?
            .contains("réservés aux foyers inscrits") == true)
        #expect(refusal { _ = try Self.sell(s, [Self.line(Self.rice, rate: 10)], household: 1) }?
            .contains("Le prix de « Riz long grain 1 kg » a changé (0,55 € pour ce foyer)") == true)
        // 38 € of cap: 21 × 1,89 = 39,69 € passes it.
        #expect(refusal { _ = try Self.sell(s, [Self.line(Self.rice, 21)], household: 1) }?
            .contains("dépasse ce qui reste du plafond du mois du foyer F-1-8 (38,00 €)") == true)
        #expect(refusal { _ = try Self.sell(s, [Self.line(Self.rice)], household: 99) }?
            .contains("Aucun foyer n'a la carte F-99-") == true)
        #expect(try s.ledger.journalEntryCount() == entries)
        // A friperie-only ticket with the household attached is not an épicerie visit.
        let friperie = try Self.sell(s, [TestShop.tshirt], household: 1)
        #expect(try s.ledger.ticket(number: friperie.number)?.household == nil)
        #expect(try s.ledger.householdStanding(number: 1)?.visitsThisWeek == 0)
    }

    @Test func rightsEndingTodayStillSellButNotOnceEnded() throws {
        let today = CalendarDay(Date(), in: Ledger.parisTime)
        let open = try Self.shop(rightsTo: today)
        defer { open.shop.close() }
        _ = try Self.sell(open, [Self.line(Self.rice)], household: 1)
        let ended = try Self.shop(rightsTo: today.adding(days: -1))
        defer { ended.shop.close() }
        #expect(refusal { _ = try Self.sell(ended, [Self.line(Self.rice)], household: 1) }?.contains("ont pris fin") == true)
    }

    @Test func aResponsableOverridesWithAReasonJournaledWithTheTicket() throws {
        let s = try Self.shop()
        defer { s.shop.close() }
        let volunteer = TicketDraft.Override(managerId: s.shop.benevole.id, reason: "fin de mois")
        #expect(refusal { _ = try Self.sell(s, [Self.line(Self.rice, 21)], household: 1, override: volunteer) }?
            .contains("Réservé aux responsables") == true)
        let manager = TicketDraft.Override(managerId: s.shop.admin.id, reason: "fin de mois")
        let ticket = try Self.sell(s, [Self.line(Self.rice, 21)], household: 1, override: manager, stockAccepted: [Self.rice.code])
        #expect(try s.ledger.rawString("SELECT reason FROM tickets WHERE number = \(ticket.number)") == "fin de mois")
        #expect(try s.ledger.rawInt("SELECT authorized_by FROM tickets WHERE number = \(ticket.number)") == s.shop.admin.id)
        #expect(try s.ledger.householdStanding(number: 1)?.remaining == .zero)
        #expect(try s.ledger.verify().isOK)
    }

    @Test func twoTillsCannotBothPassTheCap() throws {
        let s = try Self.shop()
        defer { s.shop.close() }
        let second = try Ledger.open(path: s.shop.path, pinRounds: 1_000)
        defer { try? second.close() }
        // Each ticket alone fits (11 × 1,89 = 20,79 € of 38 €); both together do not.
        _ = try Self.sell(s, [Self.line(Self.rice, 11)], household: 1)
        #expect(refusal { _ = try Self.sell(s, [Self.line(Self.rice, 11)], household: 1, on: second) }?
            .contains("plafond") == true)
    }

    @Test func aRefundGivesTheCapAndTheStockBack() throws {
        let s = try Self.shop()
        defer { s.shop.close() }
        let sale = try Self.sell(s, [Self.line(Self.rice, 3)], household: 1)
        _ = try s.ledger.refund(RefundRequest(number: sale.number, items: [.init(position: 1, quantity: 2)],
                                              method: .cash, amount: Money(cents: 110)),
                                reason: "abîmé", authorizedBy: s.shop.admin.id, till: TestShop.till,
                                operatorId: s.shop.benevole.id, sessionId: s.shop.session.id)
        #expect(try s.ledger.householdStanding(number: 1)?.used == Money(cents: 189))
        #expect(try s.ledger.product(code: Self.rice.code)?.stock == 19)
        #expect(try s.ledger.verify().isOK)
    }

    @Test func householdFilesAreCheckedAndJournaledWithoutPersonalData() throws {
        let s = try Self.shop()
        defer { s.shop.close() }
        let entries = try s.ledger.journalEntryCount()
        var noAdult = s.household
        noAdult.number = 0
        noAdult.adults = 0
        #expect(refusal { try s.ledger.saveHousehold(noAdult, by: s.shop.admin.id, till: TestShop.till) }?
            .hasPrefix("Adultes") == true)
        var negative = s.household
        negative.monthlyResources = Money(cents: -1)
        #expect(refusal { try s.ledger.saveHousehold(negative, by: s.shop.admin.id, till: TestShop.till) }?
            .hasPrefix("Ressources") == true)
        #expect(refusal { try s.ledger.saveHousehold(s.household, by: s.shop.benevole.id, till: TestShop.till) }?
            .contains("Réservé aux responsables") == true)
        #expect(try s.ledger.journalEntryCount() == entries)

        let today = CalendarDay(Date(), in: s.ledger.timeZone)
        let renewed = try s.ledger.renewRights(number: 1, today: today, by: s.shop.admin.id, till: TestShop.till)
        #expect(renewed.rightsTo == today.adding(months: 6).adding(days: -1))
        try s.ledger.setSuspended(number: 1, true, by: s.shop.admin.id, till: TestShop.till)
        #expect(try s.ledger.householdStanding(number: 1)?.rights == .suspended)
        #expect(try s.ledger.searchHouseholds("mart").map(\.number) == [1])
        #expect(try s.ledger.searchHouseholds("F-1-8").map(\.number) == [1])
        #expect(try s.ledger.verify().isOK)

        // A household file changed behind the journal's back is named.
        try s.ledger.rawExecute("UPDATE households SET adults = 1 WHERE number = 1")
        #expect(try s.ledger.verify().problem?.reason == "le foyer n° 1 ne correspond pas au journal (composition ou droits)")
    }

    @Test func rulesAreValidatedJournaledAndCannotBeRewritten() throws {
        let s = try Self.shop()
        defer { s.shop.close() }
        var gap = EpicerieRules.standard
        gap.brackets[1].from = Money(euros: 500)
        let entries = try s.ledger.journalEntryCount()
        #expect(refusal { try s.ledger.setEpicerieRules(gap, by: s.shop.admin.id, till: TestShop.till) }?.contains("trou") == true)
        #expect(try s.ledger.journalEntryCount() == entries)
        var rules = EpicerieRules.standard
        rules.capBasis = .paid
        rules.weeklyVisits = 1
        try s.ledger.setEpicerieRules(rules, by: s.shop.admin.id, till: TestShop.till)
        #expect(try s.ledger.epicerieRules() == rules)
        _ = try Self.sell(s, [Self.line(Self.rice, 2)], household: 1)
        let standing = try #require(try s.ledger.householdStanding(number: 1))
        #expect(standing.used == Money(cents: 110))  // counted on what was paid
        #expect(standing.refusal?.contains("déjà passé 1 fois cette semaine") == true)
        #expect(try s.ledger.verify().isOK)
        #expect(throws: (any Error).self) { try s.ledger.rawExecute("UPDATE epicerie_rules SET rules = '{}'") }
    }

    @Test func stockMovesAreJournaledAndCheckedByVerify() throws {
        let s = try Self.shop()
        defer { s.shop.close() }
        #expect(refusal { try s.ledger.recordStock(code: Self.rice.code, kind: .correction, quantity: -2,
                                                   by: s.shop.admin.id, till: TestShop.till) }?.hasPrefix("Raison") == true)
        #expect(refusal { try s.ledger.recordStock(code: Self.rice.code, kind: .donation, quantity: 0,
                                                   by: s.shop.admin.id, till: TestShop.till) }?.hasPrefix("Quantité") == true)
        #expect(refusal { try s.ledger.recordStock(code: Self.rice.code, kind: .correction, quantity: -30, reason: "vol",
                                                   by: s.shop.admin.id, till: TestShop.till) }?.contains("sous 0") == true)
        try s.ledger.recordStock(code: Self.rice.code, kind: .correction, quantity: -19, reason: "date dépassée",
                                 by: s.shop.admin.id, till: TestShop.till)
        #expect(try s.ledger.lowStock().map(\.code) == [Self.potatoes.code, Self.rice.code])
        // By category, accents aside: no category, « Épicerie sèche », then « Vrac ».
        try s.ledger.saveProduct(Product(code: "VRAC-LENT", name: "Lentilles", marketPrice: Money(cents: 320),
                                         category: "Vrac", unit: .kg), by: s.shop.admin.id, till: TestShop.till)
        #expect(try s.ledger.products().map(\.code) == [Self.potatoes.code, Self.rice.code, "VRAC-LENT"])
        _ = try Self.sell(s, [Self.line(Self.rice)], household: 1)
        #expect(try s.ledger.verify().isOK)
        // A sale's stock movement must match its lines.
        try s.ledger.rawExecute("DROP TRIGGER stock_movements_no_update")
        try s.ledger.rawExecute("UPDATE stock_movements SET quantity = -3 WHERE kind = 'vente'")
        #expect(try s.ledger.verify().problem?.reason.contains("mouvements de stock du ticket n°") == true)
        try s.ledger.rawExecute("UPDATE stock_movements SET quantity = -1 WHERE kind = 'vente'")
        // The rows are right again, but the missing trigger is named.
        #expect(try s.ledger.verify().problem?.reason == "le déclencheur « stock_movements_no_update » de la table stock_movements manque")
        // A sale's movement slipped in under an entry that is no sale.
        try s.ledger.rawExecute("""
            INSERT INTO stock_movements (product_code, kind, quantity, journal_seq, at)
            VALUES ('POMMES25', 'vente', -1, 1, '2026-01-01T00:00:00.000Z')
            """)
        #expect(try s.ledger.verify().problem?.reason.contains("est rattaché à cette entrée, qui ne l'enregistre pas") == true)
    }

    @Test func aWrongEANIsRefusedAndProductsChangeWithAJournalEntry() throws {
        let s = try Self.shop()
        defer { s.shop.close() }
        var bad = Self.rice
        bad.code = "3560070005108"
        #expect(refusal { try s.ledger.saveProduct(bad, by: s.shop.admin.id, till: TestShop.till) }?.contains("clé de contrôle") == true)
        var dearer = Self.rice
        dearer.marketPrice = Money(cents: 199)
        try s.ledger.saveProduct(dearer, by: s.shop.admin.id, till: TestShop.till)
        #expect(try s.ledger.product(code: Self.rice.code)?.marketPrice == Money(cents: 199))
        #expect(try s.ledger.verify().isOK)
        try s.ledger.rawExecute("UPDATE products SET solidarity_price_cents = 1 WHERE code = '\(Self.rice.code)'")
        #expect(try s.ledger.verify().problem?.reason == "le produit « 3560070005109 » ne correspond pas au journal")
    }

    @Test func filesWithoutContactForTwoYearsArePurgedAndTheirNumberIsNotGivenAgain() throws {
        let s = try Self.shop()
        defer { s.shop.close() }
        let sale = try Self.sell(s, [Self.line(Self.rice)], household: 1)
        let cutoff = Date().addingTimeInterval(-2 * 365 * 86_400)
        // A visit counts as contact: nothing to purge.
        #expect(try s.ledger.purgeHouseholds(noContactSince: cutoff, by: s.shop.admin.id, till: TestShop.till).isEmpty)
        try s.ledger.rawExecute("UPDATE households SET last_contact = '2023-01-01T00:00:00.000Z' WHERE number = 1")
        #expect(try s.ledger.purgeHouseholds(noContactSince: cutoff, by: s.shop.admin.id, till: TestShop.till) == [1])
        #expect(try s.ledger.household(number: 1) == nil)
        #expect(try s.ledger.ticket(number: sale.number)?.household == 1)
        #expect(try s.ledger.verify().isOK)
        var next = s.household
        next.number = 0
        #expect(try s.ledger.saveHousehold(next, by: s.shop.admin.id, till: TestShop.till).number == 2)
        #expect(try s.ledger.verify().isOK)
    }

    @Test func theTillsQueriesForAHouseholdAndAProductUseIndexes() throws {
        let s = try Self.shop()
        defer { s.shop.close() }
        for sql in [Ledger.capUsedSQL(.marketValue), Ledger.capUsedSQL(.paid), Ledger.weekVisitsSQL,
                    Ledger.productSQL + " WHERE p.code = ? AND p.active = 1",
                    "SELECT * FROM households WHERE number = ?"] {
            let plan = try s.ledger.queryPlan(sql.replacingOccurrences(of: "?", with: "1"))
            // "SCAN" alone is a whole table; a covering-index search reads only the rows named.
            #expect(!plan.split(separator: "\n").contains { $0.hasPrefix("SCAN") }, "\(sql)\n\(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "\(sql)\n\(plan)")
        }
    }

    @Test func aProductByTheKgSellsByWeightAndIsStockedInGrams() throws {
        let s = try Self.shop()
        defer { s.shop.close() }
        let lentils = Product(code: "VRAC-LENT", name: "Lentilles vrac", marketPrice: Money(cents: 320), unit: .kg)
        try s.ledger.saveProduct(lentils, by: s.shop.admin.id, till: TestShop.till)
        try s.ledger.recordStock(code: lentils.code, kind: .donation, quantity: 5_000, by: s.shop.admin.id, till: TestShop.till)
        let (market, price) = EpicerieRules.standard.weighedPrice(marketPerKg: lentils.marketPrice, solidarityPerKg: nil,
                                                                  rate: 30, grams: 1_250)
        let weighed = CartLine(code: lentils.code, label: "1,250 kg Lentilles vrac", activity: .epicerie, unitPrice: price,
                               marketUnitPrice: market, weightGrams: 1_250)
        var unweighed = weighed
        unweighed.weightGrams = nil
        #expect(refusal { _ = try Self.sell(s, [unweighed], household: 1) }?.contains("se vend au poids") == true)
        var wrong = weighed
        wrong.weightGrams = 1_500
        #expect(refusal { _ = try Self.sell(s, [wrong], household: 1) }?.contains("a changé") == true)
        let sale = try Self.sell(s, [weighed], household: 1)
        #expect(sale.total == Money(cents: 120))
        #expect(try s.ledger.product(code: lentils.code)?.stock == 3_750)
        #expect(try s.ledger.householdStanding(number: 1)?.used == Money(cents: 400))
        #expect(try s.ledger.ticket(number: sale.number)?.lines.first?.weightGrams == 1_250)
        let today = CalendarDay(Date(), in: s.ledger.timeZone)
        #expect(try s.ledger.epicerieReport(month: today).gramsSold == 1_250)
        #expect(try s.ledger.verify().isOK)
        // Refunding the weighed line puts its grams back.
        _ = try s.ledger.refund(RefundRequest(number: sale.number, items: [.init(position: 1, quantity: 1)],
                                              method: .cash, amount: Money(cents: 120)),
                                reason: "erreur", authorizedBy: s.shop.admin.id, till: TestShop.till,
                                operatorId: s.shop.benevole.id, sessionId: s.shop.session.id)
        #expect(try s.ledger.product(code: lentils.code)?.stock == 5_000)
        #expect(try s.ledger.verify().isOK)
    }
}
