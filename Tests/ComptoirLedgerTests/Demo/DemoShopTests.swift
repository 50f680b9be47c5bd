import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct DemoShopTests {
    @Test func seedsOnceIntoAnEmptyLedger() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let ledger = try Ledger.open(path: temp.path, pinRounds: 1_000)
        defer { try? ledger.close() }
        try DemoShop.seed(ledger, till: "caisse-1")

        let users = try ledger.users(includeInactive: true)
        #expect(users.map(\.firstName) == ["Camille", "Jean", "Karim", "Sophie"])
        for demo in DemoShop.users {
            let user = try #require(users.first { $0.firstName == demo.firstName })
            #expect(user.role == demo.role)
            #expect(try ledger.authenticate(userId: user.id, pin: demo.pin) == user)
        }
        let categories = try ledger.categories()
        #expect(categories.map(\.key) == Array(1...9) + [nil])
        #expect(categories.first == Category(code: "TSHIRT", label: "T-shirt", price: Money(cents: 100), key: 1, averageGrams: 200))
        #expect(categories.last == Category(code: "VRAC", label: "Vrac", price: Money(cents: 300), unit: .kg))
        #expect(try ledger.lookup(code: "VESTE") == .category(Category(code: "VESTE", label: "Veste / manteau", price: Money(cents: 500),
                                                                       key: 5, averageGrams: 1_000)))
        for (product, stock) in zip(DemoShop.products, DemoShop.initialStock) {
            var stocked = product
            stocked.stock = stock
            #expect(try ledger.lookup(code: product.code) == .product(stocked))
        }
        let martin = try #require(try ledger.searchHouseholds("martin").first)
        #expect(HouseholdFigures(martin, rules: try ledger.epicerieRules()).quotient == Money(cents: 716_67))
        #expect(try ledger.householdStanding(number: martin.number)?.refusal == nil)
        let durand = try #require(try ledger.searchHouseholds("durand").first)
        #expect(try ledger.householdStanding(number: durand.number)?.refusal?.contains("ont pris fin") == true)
        // 4 accounts, 10 categories, 7 products, their 7 arrivals, 2 households; 12 boxes,
        // 2 sellers, 3 rentals and their 6 items; 3 weighings at the friperie.
        #expect(try ledger.verify().message == "OK — 56 entrées")
        #expect(try ledger.recentFlows().map(\.grams) == [8_000, 4_200, 12_500])
        #expect(try ledger.boxBoard(today: CalendarDay(Date(), in: ledger.timeZone)).map(\.state.self).filter { $0 != .free }
                == [.rented, .endingSoon, .endedWithItems])

        let entries = try ledger.journalEntryCount()
        #expect(refusal { try DemoShop.seed(ledger, till: "caisse-1") }?.contains("base neuve") == true)
        #expect(try ledger.journalEntryCount() == entries)
    }

    @Test func productCodesAreValidEAN13() {
        #expect(DemoShop.products.count == 7)
        for product in DemoShop.products where product.code.count == 13 {
            #expect(EAN13.isValid(product.code), "\(product.code)")
            #expect(product.code.hasPrefix("3"))  // GS1 France
        }
        #expect(DemoShop.products.filter { $0.code.count == 13 }.count == 5)
        #expect(DemoShop.products.allSatisfy { $0.marketPrice > .zero })
        #expect(Set(DemoShop.products.map(\.code)).count == 7)
    }
}
