import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

/// The retention periods applied: what must go leaves nothing readable in the file, what
/// must stay (tickets, registre rows, figures) stays, and `verify` still says OK.
@Suite struct RetentionTests {
    @Test func afterTheirPeriodsNamesLeaveTheFileAndTheBooksStillVerify() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let today = CalendarDay(Date(), in: l.timeZone)
        _ = try l.saveHousehold(Household(name: "Zéphyrine Quintard", phone: "06 98 76 54 32", adults: 1, children: 2,
                                          monthlyResources: Money(euros: 900), rightsFrom: today, rightsTo: today.adding(months: 6)),
                                by: shop.admin.id, till: TestShop.till)
        let rental = try shop.rentB07()  // Lucie Petit, passport P1, until today + 6
        let item = try l.registerItem(rental: rental.rental.id, description: "lampe", price: Money(cents: 1_000), today: today,
                                      by: shop.admin.id, till: TestShop.till)
        let sold = try shop.sell([CartLine(code: item.code.text, label: "B07 lampe", activity: .videGreniers, unitPrice: item.price,
                                           rentalId: item.rentalId, itemId: item.id)])
        _ = try l.recordFlow(FriperieFlow(direction: .intake, family: .textile, grams: 5_000, origin: .particulier,
                                          party: "Gwendoline Barbazan", at: Date()), by: shop.benevole.id, till: TestShop.till)
        try l.rawExecute("PRAGMA wal_checkpoint(TRUNCATE)")
        let names = ["Quintard", "06 98 76 54 32", "Petit", "Lucie", "12 rue des Lilas", "Barbazan"]
        let before = try #require(fileBytes(shop.path))
        #expect(names.allSatisfy { before.range(of: Data($0.utf8)) != nil }, "the file held them")

        #expect(try l.retentionDue(.legalDefaults) == nil, "nothing to erase yet: not asked")
        // Too early: nothing goes.
        let early = try l.applyRetention(.legalDefaults, by: shop.admin.id, till: TestShop.till)
        #expect(early == RetentionOutcome(households: [], sellers: [], donorNames: 0))
        // Six years on: every period is over.
        let later = today.adding(months: 12 * 6).start(in: l.timeZone)
        #expect(refusal { _ = try l.applyRetention(.legalDefaults, now: later, by: shop.benevole.id, till: TestShop.till) }?
                .hasPrefix("Réservé aux responsables") == true)
        #expect(try l.retentionDue(.legalDefaults, now: later)
                == RetentionDue(periods: .legalDefaults, households: 1, sellers: 1, donorNames: 1))
        let outcome = try l.applyRetention(.legalDefaults, now: later, by: shop.admin.id, till: TestShop.till)
        #expect(outcome.households.count == 1 && outcome.sellers == [rental.rental.sellerId] && outcome.donorNames == 1)

        let after = try #require(fileBytes(shop.path))
        for name in names {
            #expect(after.range(of: Data(name.utf8)) == nil, "« \(name) » is still readable in the file")
        }
        // What the law keeps stays: the sale, the item, the registre row under a pseudonym.
        #expect(try l.ticket(number: sold.number)?.total == Money(cents: 1_000))
        let pseudonym = try #require(try l.seller(id: rental.rental.sellerId))
        #expect(pseudonym.lastName == "Déposant n° \(rental.rental.sellerId)" && pseudonym.documentNumber == "(effacé)" && pseudonym.iban == nil)
        let registre = try l.objectRegister(from: today, to: today)
        #expect(registre.map(\.description) == ["lampe"] && registre.first?.seller.lastName == pseudonym.lastName)
        #expect(try l.friperieMonth(today).intakeTotal == 5_000, "the kilos stay, without the donor's name")
        #expect(try l.verify().isOK)
        #expect(try l.retentionDue(.legalDefaults, now: later) == nil, "applied this month")
        // Nothing left to do a second time.
        #expect(try l.applyRetention(.legalDefaults, now: later, by: shop.admin.id, till: TestShop.till)
                == RetentionOutcome(households: [], sellers: [], donorNames: 0))
        #expect(try l.verify().isOK)
    }

    @Test func aDonorsNameIsTheOnlyThingOfAWeighingThatChanges() throws {
        let shop = try TestShop()
        defer { shop.close() }
        _ = try shop.ledger.recordFlow(FriperieFlow(direction: .intake, family: .textile, grams: 5_000, origin: .particulier,
                                                    party: "Gwendoline Barbazan", at: Date()), by: shop.benevole.id, till: TestShop.till)
        #expect(throws: (any Error).self) { try shop.ledger.rawExecute("UPDATE friperie_flows SET grams = 1") }
        #expect(throws: (any Error).self) { try shop.ledger.rawExecute("UPDATE friperie_flows SET party = 'Autre nom'") }
        try shop.ledger.rawExecute("UPDATE friperie_flows SET party = ''")
        #expect(try shop.ledger.rawString("SELECT party FROM friperie_flows") == "")
        #expect(try shop.ledger.verify().isOK)
    }
}
