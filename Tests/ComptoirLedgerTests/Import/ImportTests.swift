import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct ImportTests {
    static let today = CalendarDay(Date(), in: Ledger.parisTime)

    static func household(_ name: String, number: Int64 = 0, adults: Int = 1) -> Household {
        Household(number: number, name: name, adults: adults, monthlyResources: Money(euros: 600),
                  rightsFrom: today, rightsTo: today.adding(months: 6))
    }

    @Test func oneRefusedRowOutOfNineHundredWritesNothing() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let before = try l.journalEntryCount()
        var entries = (1...899).map { CSVEntry(line: $0 + 1, value: Self.household("Foyer \($0)")) }
        // Past the file's checks (built by hand), refused by the ledger's own.
        entries.append(CSVEntry(line: 901, value: Self.household("Sans adulte", adults: 0)))
        let message = refusal { try l.importHouseholds(entries, by: shop.admin.id, till: TestShop.till) }
        #expect(message == "Ligne 901 : Adultes : un foyer compte au moins un adulte.")
        #expect(try l.householdCount() == 0)
        #expect(try l.journalEntryCount() == before)
        #expect(try l.rawInt("SELECT COUNT(*) FROM journal WHERE kind LIKE 'household.%'") == 0)

        entries.removeLast()
        #expect(try l.importHouseholds(entries, by: shop.admin.id, till: TestShop.till) == 899)
        #expect(try l.householdCount() == 899)
        #expect(try l.journalEntryCount() == before + 899)
        #expect(try l.verify().isOK)
    }

    @Test func everyLineTheLedgerRefusesIsNamedAndNothingIsWritten() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        try l.addCategory(Category(code: "PULL", label: "Pull", price: Money(cents: 250)), by: shop.admin.id, till: "c")
        let before = try l.journalEntryCount()
        let text = """
            code;nom;prix_marche
            3038350012005;Spaghetti;1,15
            PULL;Pull en boîte;2
            VRAC;Lentilles;3
            PULL;Pull encore;2

            """
        // The same code twice is caught by the file; once, by the ledger (a category has it).
        let entries = try ProductCSV.read(Array(text.replacingOccurrences(of: "PULL;Pull encore", with: "PULL2;Pull encore").utf8))
        var withTwoBad = entries
        withTwoBad[3].value.code = "PULL"
        let message = refusal { try l.importProducts(withTwoBad, by: shop.admin.id, till: TestShop.till) }
        #expect(message == """
            Ligne 3 : Le code PULL est déjà utilisé par « Pull » : choisissez un autre code.
            Ligne 5 : Le code PULL est déjà utilisé par « Pull » : choisissez un autre code.
            """)
        #expect(try l.products().isEmpty)
        #expect(try l.journalEntryCount() == before)
    }

    @Test func onlyAResponsableImports() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let message = refusal {
            try shop.ledger.importHouseholds([CSVEntry(line: 2, value: Self.household("Martin"))], by: shop.benevole.id, till: "c")
        }
        #expect(message?.hasPrefix("Réservé aux responsables") == true)
        #expect(try shop.ledger.householdCount() == 0)
    }

    @Test func numberedLinesKeepTheirNumberWhenANewHouseholdComesFirst() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let text = HouseholdCSV.columns.joined(separator: ";") + "\n" + """
            ;Nouveau;;1;;;100;;;;;\(Self.today.french);;
            1;Ancien;;2;;;100;;;;;\(Self.today.french);;

            """
        let entries = try HouseholdCSV.read(Array(text.utf8), rules: .standard)
        #expect(try shop.ledger.importHouseholds(entries, by: shop.admin.id, till: "c") == 2)
        #expect(try shop.ledger.households().map { "\($0.number) \($0.name)" } == ["1 Ancien", "2 Nouveau"])
    }

    @Test func anExportImportsBackUnchangedAndAnEditChangesOnlyThatHousehold() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        var martin = Self.household("Martin", adults: 2)
        martin.children = 3
        martin.disabledChildren = 1
        martin.phone = "06 12 34 56 78"
        martin.fixedCharges = Money(cents: 50_050)
        martin.familyBenefits = Money(cents: 30_001)
        martin.cafQuotient = Money(euros: 410)
        martin.referrer = "CCAS ; « Mme X »"
        var dupont = Self.household("Dupont")
        dupont.suspended = true
        try l.saveHousehold(martin, by: shop.admin.id, till: "c")
        try l.saveHousehold(dupont, by: shop.admin.id, till: "c")
        let saved = try l.households()
        let before = try l.journalEntryCount()

        let exported = HouseholdCSV.file(saved)
        let entries = try HouseholdCSV.read(exported, rules: l.epicerieRules())
        #expect(entries.map(\.value) == saved)
        #expect(try l.importHouseholds(entries, by: shop.admin.id, till: "c") == 0)
        #expect(try l.journalEntryCount() == before)
        #expect(try l.households() == saved)

        let edited = String(decoding: exported, as: UTF8.self).replacingOccurrences(of: ";Dupont;;1;", with: ";Dupont;;2;")
        let again = try HouseholdCSV.read(Array(edited.utf8), rules: l.epicerieRules())
        #expect(try l.importHouseholds(again, by: shop.admin.id, till: "c") == 1)
        #expect(try l.journalEntryCount() == before + 1)
        #expect(try l.rawString("SELECT kind FROM journal ORDER BY seq DESC LIMIT 1") == "household.changed")
        #expect(try l.household(number: 2)?.adults == 2)
        #expect(try l.household(number: 1) == saved[0])
        #expect(try l.verify().isOK)
    }

    @Test func aProductExportImportsBackUnchangedWithItsStock() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        try l.saveProduct(Product(code: "3038350012005", name: "Spaghetti 500 g", marketPrice: Money(cents: 115),
                                  category: "Pâtes", weightGrams: 500, lowStock: 5), by: shop.admin.id, till: "c")
        try l.saveProduct(Product(code: "VRAC", name: "Lentilles \"vrac\"", marketPrice: Money(euros: 3), unit: .kg,
                                  solidarityPrice: Money(euros: 1)), by: shop.admin.id, till: "c")
        try l.recordStock(code: "3038350012005", kind: .donation, quantity: 24, by: shop.admin.id, till: "c")
        let saved = try l.products()
        let before = try l.journalEntryCount()

        let exported = ProductCSV.file(saved)
        #expect(try l.importProducts(ProductCSV.read(exported), by: shop.admin.id, till: "c") == 0)
        #expect(try l.journalEntryCount() == before)
        #expect(try l.products() == saved)

        let edited = String(decoding: exported, as: UTF8.self).replacingOccurrences(of: ";1,15;", with: ";1,25;")
        #expect(try l.importProducts(ProductCSV.read(Array(edited.utf8)), by: shop.admin.id, till: "c") == 1)
        let spaghetti = try #require(try l.product(code: "3038350012005"))
        #expect(spaghetti.marketPrice == Money(cents: 125))
        #expect(spaghetti.stock == 24)
        #expect(try l.verify().isOK)
    }
}
