// A seller's debt through the performer: the board and page show it, a card-paid ticket
// with the « Dette vendeur » line brings the balance back to zero, and too much is refused.
import Foundation
import Testing
import ComptoirCore
import ComptoirLedger
import ComptoirUI
@testable import ComptoirRuntime

@Suite struct SellerDebtPerformerTests {
    private func commit(_ shop: RuntimeShop, _ line: CartLine, method: PaymentMethod = .card) -> [Msg] {
        let payment = Payment(method: method, amount: line.amount, given: line.amount, change: .zero)
        return shop.perform(.sale(.commitSale(TicketDraft(lines: [line], payments: [payment]), operatorId: shop.volunteer.id,
                                              sessionId: shop.session.id)))
    }

    @Test func aDebtPaidByCardAtTheTillBringsTheBalanceToZero() throws {
        let shop = try RuntimeShop()
        let (seller, rental) = try shop.rentB07(rent: Money(cents: 1_250))
        let answers = shop.perform(.consignment(.loadBoard(shop.today)))
        guard case .consignment(.boardLoaded(let board, _))? = answers.first else { Issue.record("\(answers)"); return }
        #expect(board.first?.sellerBalance == Money(cents: -1_250))
        guard case .consignment(.sellerPageLoaded(let page, _))? = shop.perform(.consignment(.loadSellerPage(sellerId: seller.id))).first
        else { Issue.record("no page"); return }
        #expect(page.balance == Money(cents: -1_250))
        let tooMuch = SellerDebt.line(sellerName: seller.fullName, rentalId: rental.rental.id, amount: Money(cents: 1_300))
        #expect(failure(commit(shop, tooMuch), .sale(.commitSale(TicketDraft(lines: [tooMuch], payments: [
            Payment(method: .card, amount: tooMuch.amount, given: tooMuch.amount, change: .zero)]),
            operatorId: shop.volunteer.id, sessionId: shop.session.id))) == "Vente NON enregistrée : Ligne 1 : Lucie Petit doit 12,50 €, pas plus.")
        let line = SellerDebt.line(sellerName: seller.fullName, rentalId: rental.rental.id, amount: Money(cents: 1_250))
        guard case .sale(.saleCommitted)? = commit(shop, line).first else { Issue.record("not committed"); return }
        #expect(try shop.ledger.sellerBalance(seller: seller.id) == .zero)
        #expect(try shop.ledger.verify().isOK)
    }
}
