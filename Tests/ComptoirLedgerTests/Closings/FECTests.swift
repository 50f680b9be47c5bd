import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

/// The FEC's auxiliary accounts (one per seller on the sellers' account) and its period.
@Suite("FEC")
struct FECTests {
    /// Two sellers' items sold in one session, a cash payout to the first, a rent deducted
    /// from the second's sales, then the Z.
    private func twoSellers(_ shop: TestShop) throws -> (lucie: Int64, eloise: Int64) {
        let lucie = try shop.rentB07()
        let today = CalendarDay(Date(), in: shop.ledger.timeZone)
        try shop.ledger.saveBox(Box(code: "B08", size: "", weeklyRent: Money(cents: 500), monthlyRent: Money(cents: 1_500)),
                                by: shop.admin.id, till: TestShop.till)
        let seller = try shop.ledger.saveSeller(Seller(lastName: "d'Aubigné", firstName: "Éloïse", document: .identityCard,
                                                       documentNumber: "X2", address: "2 place du Marché, 59000 Lille", documentIssuedOn: CalendarDay(year: 2021, month: 9, day: 1), documentAuthority: "Préfecture du Nord"), by: shop.benevole.id, till: TestShop.till)
        let eloise = try shop.ledger.signRental(Rental(sellerId: seller.id, boxCode: "B08", from: today, to: today.adding(days: 6),
                                                       rent: Money(cents: 300), rentPayment: .deducted),
                                                by: shop.benevole.id, till: TestShop.till)
        for (rental, price) in [(lucie.rental.id, 1_000), (eloise.rental.id, 2_000)] {
            let item = try shop.ledger.registerItem(rental: rental, description: "lampe", price: Money(cents: Int64(price)),
                                                    today: today, by: shop.benevole.id, till: TestShop.till)
            try shop.sell([try shop.ledger.saleLine(label: item.code.text)])
        }
        _ = try shop.ledger.payOut(seller: lucie.rental.sellerId, amount: Money(cents: 500), method: .cash, authorizedBy: shop.admin.id,
                                   till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id)
        _ = try shop.ledger.closeSession(shop.session.id, count: CashCount(pieces: [2_000: 1, 500: 1]), comment: nil,
                                         authorizedBy: shop.admin.id, till: TestShop.till)
        return (lucie.rental.sellerId, seller.id)
    }

    @Test func everyLineOnTheSellersAccountNamesItsSellerAndNoOtherLineDoes() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let (lucie, eloise) = try twoSellers(shop)
        let plan = AccountPlan()
        let entries = try shop.ledger.accountingEntries(year: CalendarDay(Date(), in: shop.ledger.timeZone).year, plan: plan)
        #expect(entries.allSatisfy { $0.isBalanced })
        let lines = entries.flatMap(\.lines)
        #expect(lines.filter { $0.account == plan.sellers }.allSatisfy { $0.auxiliary != nil })
        #expect(lines.filter { $0.account != plan.sellers }.allSatisfy { $0.auxiliary == nil })
        let lucieAccount = AuxiliaryAccount.seller(id: lucie, firstName: "Lucie", lastName: "Petit")
        let eloiseAccount = AuxiliaryAccount.seller(id: eloise, firstName: "Éloïse", lastName: "d'Aubigné")
        #expect(lucieAccount.number == "DEP" + String(repeating: "0", count: 6 - String(lucie).count) + String(lucie))
        #expect(eloiseAccount.label == "D'AUBIGNÉ Éloïse")
        func net(_ seller: AuxiliaryAccount) -> Int64 {
            lines.filter { $0.auxiliary == seller }.reduce(0) { $0 + $1.debit.cents - $1.credit.cents }
        }
        // Lucie: 75 % of 10,00 owed, 5,00 paid out. Éloïse: 75 % of 20,00 owed, 3,00 of rent taken from it.
        #expect(net(lucieAccount) == -750 + 500)
        #expect(net(eloiseAccount) == -1_500 + 300)
        let z = try #require(entries.first { $0.piece.hasPrefix("Z") })
        #expect(z.lines.filter { $0.account == plan.sellers && $0.credit.cents > 0 }.map(\.auxiliary) == [lucieAccount, eloiseAccount])

        let fec = FEC.text(entries, plan: plan)
        let rows = fec.split(separator: "\r\n").map { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.allSatisfy { $0.count == 18 })
        #expect(rows[0][6] == "CompAuxNum" && rows[0][7] == "CompAuxLib")
        for row in rows.dropFirst() {
            #expect(row[6].isEmpty == (row[4] != plan.sellers), "\(row)")
            #expect(row[7].isEmpty == (row[4] != plan.sellers), "\(row)")
            // Dates AAAAMMJJ; amounts with a decimal comma, no thousands separator.
            for date in [row[3], row[9], row[15]] { #expect(date.count == 8 && date.allSatisfy(\.isNumber), "\(date)") }
            for amount in [row[11], row[12]] {
                #expect(amount.wholeMatch(of: /[0-9]+,[0-9]{2}/) != nil, "\(amount)")
            }
        }
        #expect(rows.contains { $0[4] == plan.sellers && $0[6] == eloiseAccount.number && $0[7] == "D'AUBIGNÉ Éloïse" && $0[11] == "3,00" })
    }

    @Test func aNameWithAPipeOrALineBreakKeepsTheColumns() throws {
        var entry = AccountingEntry(journal: "OD", date: CalendarDay(year: 2026, month: 9, day: 1), piece: "REV1", label: "Reversement")
        entry.post("467100", Money(cents: 100), auxiliary: AuxiliaryAccount(number: "DEP000001", label: "A|B\nC"))
        entry.post("512000", Money(cents: -100))
        let rows = FEC.text([entry], plan: AccountPlan()).split(separator: "\r\n")
        #expect(rows.count == 3 && rows.allSatisfy { $0.split(separator: "|", omittingEmptySubsequences: false).count == 18 })
        #expect(rows[1].contains("|DEP000001|A/B C|"))
    }

    @Test func thePeriodTakesOnlyTheZsClosedInIt() throws {
        let shop = try TestShop()
        defer { shop.close() }
        _ = try twoSellers(shop)
        let today = CalendarDay(Date(), in: shop.ledger.timeZone)
        let plan = AccountPlan()
        #expect(try shop.ledger.accountingEntries(from: today, through: today, plan: plan).contains { $0.piece.hasPrefix("Z") })
        #expect(try shop.ledger.accountingEntries(from: today.adding(days: -30), through: today.adding(days: -1), plan: plan).isEmpty)
        #expect(try shop.ledger.accountingEntries(from: today.adding(days: 1), through: today.adding(days: 30), plan: plan).isEmpty)
        // A fiscal year that starts today holds it; the one that ended yesterday does not.
        // (No fiscal year starts on 29/02: that day, this part has nothing to check.)
        if let start = FiscalYearStart(String(format: "%02d/%02d", today.day, today.month)) {
            let year = start.year(startingIn: today.year)
            #expect(year.first == today)
            #expect(try !shop.ledger.accountingEntries(from: year.first, through: year.last, plan: plan).isEmpty)
            let before = start.year(startingIn: today.year - 1)
            #expect(before.last == today.adding(days: -1))
            #expect(try shop.ledger.accountingEntries(from: before.first, through: before.last, plan: plan).isEmpty)
        }
    }

    @Test func theFileIsNamedAfterTheClosingDayOfThePeriod() {
        let year = FiscalYearStart("01/09")!.year(startingIn: 2026)
        #expect(FEC.fileName(siret: "123 456 789 00012", yearEnd: year.last) == "123456789FEC20270831.txt")
        #expect(FEC.fileName(siret: "12345678", yearEnd: year.last) == nil)
    }
}
