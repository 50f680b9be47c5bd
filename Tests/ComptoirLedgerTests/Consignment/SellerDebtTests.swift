import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

/// A seller who rented box B07 with 15,00 € of rent deducted from sales and sold nothing:
/// they owe the shop 15,00 €, collected at the till as a « Dette vendeur » line.
private struct Indebted {
    let shop: TestShop
    let seller: Seller
    let rental: RentalSummary

    init() throws {
        shop = try TestShop()
        try shop.ledger.saveBox(Box(code: "B07", size: "", weeklyRent: Money(cents: 500), monthlyRent: Money(cents: 1_500)),
                                by: shop.admin.id, till: TestShop.till)
        seller = try shop.ledger.saveSeller(Seller(lastName: "Petit", firstName: "Lucie", document: .identityCard,
                                                   documentNumber: "X1", address: "12 rue des Lilas, 62300 Lens", documentIssuedOn: CalendarDay(year: 2020, month: 3, day: 14), documentAuthority: "Préfecture du Pas-de-Calais"), by: shop.benevole.id, till: TestShop.till)
        let today = CalendarDay(Date(), in: shop.ledger.timeZone)
        rental = try shop.ledger.signRental(Rental(sellerId: seller.id, boxCode: "B07", from: today, to: today.adding(days: 13),
                                                   rent: Money(cents: 1_500), rentPayment: .deducted),
                                            by: shop.benevole.id, till: TestShop.till)
    }

    var ledger: Ledger { shop.ledger }
    var balance: Money { get throws { try ledger.sellerBalance(seller: seller.id) } }

    func line(_ cents: Int64) -> CartLine {
        SellerDebt.line(sellerName: seller.fullName, rentalId: rental.rental.id, amount: Money(cents: cents))
    }
}

@Suite struct SellerDebtTests {
    @Test func theDebtIsTheNegativeBalanceAndTheLineNamesTheSeller() throws {
        #expect(SellerDebt.owed(balance: Money(cents: -1_250)) == Money(cents: 1_250))
        #expect(SellerDebt.owed(balance: Money(cents: 300)) == .zero)
        #expect(SellerDebt.label(balance: Money(cents: -1_250)) == "Doit 12,50 €")
        #expect(SellerDebt.label(balance: .zero) == nil)
        #expect(SellerDebt.problem(amount: Money(cents: 1_300), owed: Money(cents: 1_250))
                == "Montant : pas plus que la dette (12,50 €).")
        #expect(SellerDebt.problem(amount: Money(cents: 500), owed: Money(cents: 1_250)) == nil)
        let line = SellerDebt.line(sellerName: "Lucie Petit", rentalId: 3, amount: Money(cents: 500))
        #expect(line.label == "Dette vendeur Lucie Petit" && line.activity == .detteDeposant && line.rentalId == 3)
    }

    @Test func payingTheWholeDebtBringsTheBalanceBackToZero() throws {
        let d = try Indebted()
        defer { d.shop.close() }
        #expect(try d.balance == Money(cents: -1_500))
        #expect(try d.ledger.boxBoard(today: d.rental.rental.from).first?.sellerBalance == Money(cents: -1_500))
        _ = try d.shop.sell([d.line(1_500)])
        #expect(try d.balance == .zero)
        let statement = try d.ledger.sellerStatement(seller: d.seller.id, from: d.rental.rental.from, to: d.rental.rental.from)
        #expect(statement.debtPaidTotal == Money(cents: 1_500) && statement.closingBalance == .zero)
        #expect(try d.ledger.verify().isOK)
    }

    @Test func aPartOfTheDebtMayBePaidThenTheRestButNeverMore() throws {
        let d = try Indebted()
        defer { d.shop.close() }
        _ = try d.shop.sell([d.line(500)])
        #expect(try d.balance == Money(cents: -1_000))
        let before = try d.ledger.journalEntryCount()
        #expect(refusal { _ = try d.shop.sell([d.line(1_001)]) } == "Ligne 1 : Lucie Petit doit 10,00 €, pas plus.")
        // Two lines of the same ticket count together.
        #expect(refusal { _ = try d.shop.sell([d.line(600), d.line(600)]) } == "Ligne 2 : Lucie Petit doit 10,00 €, pas plus.")
        #expect(try d.ledger.journalEntryCount() == before)
        _ = try d.shop.sell([d.line(1_000)])
        #expect(try d.balance == .zero)
        #expect(refusal { _ = try d.shop.sell([d.line(1)]) } == "Ligne 1 : Lucie Petit ne doit rien à la boutique : retirez la ligne.")
        #expect(try d.ledger.verify().isOK)
    }

    @Test func theBooksSettleTheSellersAccountWithoutSaleNorCommission() throws {
        let d = try Indebted()
        defer { d.shop.close() }
        _ = try d.shop.sell([d.line(1_500), TestShop.tshirt])
        _ = try d.ledger.closeSession(d.shop.session.id, count: CashCount(pieces: [5_000: 1, 1_000: 1, 500: 1, 100: 1]),
                                      comment: nil, authorizedBy: d.shop.admin.id, till: TestShop.till)
        let year = CalendarDay(Date(), in: d.ledger.timeZone).year
        let plan = AccountPlan()
        let entries = try d.ledger.accountingEntries(year: year, plan: plan)
        #expect(!entries.isEmpty && entries.allSatisfy(\.isBalanced))
        func net(_ account: String) -> Int64 {
            entries.flatMap(\.lines).filter { $0.account == account }.reduce(0) { $0 + $1.debit.cents - $1.credit.cents }
        }
        // The rent deducted (debit 467100) is settled by the debt paid (credit 467100).
        #expect(net(plan.sellers) == 0)
        #expect(net("530000") == 1_600)
        #expect(net(plan.sales[.loyer]!) == -1_500)  // the rent, once, when it was deducted
        #expect(net(plan.sales[.videGreniers]!) == 0 && net(plan.commission) == 0)
        #expect(net(plan.sales[.friperie]!) == -100)
    }

    @Test func verifyCatchesADebtLineChangedBehindTheJournal() throws {
        let d = try Indebted()
        defer { d.shop.close() }
        _ = try d.shop.sell([d.line(1_500)])
        #expect(try d.ledger.verify().isOK)
        try d.ledger.rawExecute("DROP TRIGGER ticket_lines_no_update")
        try d.ledger.rawExecute("UPDATE ticket_lines SET amount_cents = 150000, unit_price_cents = 150000 WHERE activity = 'dette_deposant'")
        #expect(try d.ledger.verify().isOK == false)
        #expect(try d.ledger.verify().problem?.table == "ticket_lines")
    }
}
