import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

/// The households screen's search: a bénévole's leaves out files whose rights have ended.
@Suite struct HouseholdSearchTests {
    @Test func aSearchForCurrentRightsLeavesExpiredFilesOutByNameAndByCard() throws {
        let s = try EpicerieLedgerTests.shop()
        defer { s.shop.close() }
        let today = CalendarDay(Date(), in: s.ledger.timeZone)
        let expired = try s.ledger.saveHousehold(
            Household(name: "Martineau", adults: 1, monthlyResources: Money(euros: 800), rightsFrom: today.adding(months: -4),
                      rightsTo: today.adding(days: -1)),
            by: s.shop.admin.id, till: TestShop.till)
        // A responsable's search: both.
        #expect(try s.ledger.searchHouseholds("mart").map(\.number) == [s.household.number, expired.number])
        #expect(try s.ledger.searchHouseholds(expired.cardCode).map(\.number) == [expired.number])
        // A bénévole's: the expired file is not there, by name nor by card.
        #expect(try s.ledger.searchHouseholds("mart", rightsOpenOn: today).map(\.number) == [s.household.number])
        #expect(try s.ledger.searchHouseholds(expired.cardCode, rightsOpenOn: today).isEmpty)
        #expect(try s.ledger.searchHouseholds("\(expired.number)", rightsOpenOn: today).isEmpty)
        // Rights ending today are still open today.
        #expect(try s.ledger.searchHouseholds("Martineau", rightsOpenOn: today.adding(days: -1)).map(\.number) == [expired.number])
    }
}
