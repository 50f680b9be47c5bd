import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

/// A sale that takes an épicerie product below zero: accepted at the till or refused,
/// journaled with the stock after the line, and recomputed by `verify`.
@Suite struct NegativeStockLedgerTests {
    typealias E = EpicerieLedgerTests

    /// The épicerie shop with 2 bags of rice left (the monthly cap stays out of the way).
    private static func shop() throws -> E.Shop {
        let s = try E.shop()
        try s.ledger.recordStock(code: E.rice.code, kind: .correction, quantity: -18, reason: "inventaire",
                                 by: s.shop.admin.id, till: TestShop.till)
        return s
    }

    private static func payload(_ s: E.Shop, _ ticket: CommittedTicket) throws -> String {
        try s.ledger.rawString("SELECT payload FROM journal WHERE seq = \(ticket.journalSeq)") ?? ""
    }

    @Test func aSaleBelowZeroIsRefusedUnlessAcceptedAtTheTill() throws {
        let s = try Self.shop()
        defer { s.shop.close() }
        let entries = try s.ledger.journalEntryCount()
        let message = refusal { _ = try E.sell(s, [E.line(E.rice, 3)], household: 1) }
        #expect(message == "Le stock de « Riz long grain 1 kg » passerait à -1 : retirez la ligne (F4) et ajoutez-la à nouveau pour confirmer la vente sous zéro.")
        // Accepting another product does not cover this one.
        #expect(refusal { _ = try E.sell(s, [E.line(E.rice, 3)], household: 1, stockAccepted: [E.potatoes.code]) } == message)
        #expect(try s.ledger.journalEntryCount() == entries)
        #expect(try s.ledger.product(code: E.rice.code)?.stock == 2)
        // The last bag needs no confirmation, and its ticket keeps the usual bytes.
        let last = try E.sell(s, [E.line(E.rice, 2)], household: 1)
        #expect(!(try Self.payload(s, last)).contains("stock_after"))
        #expect(try s.ledger.product(code: E.rice.code)?.stock == 0)
    }

    @Test func anAcceptedSaleJournalsTheStockAfterEachLineAndACancellationPutsItBack() throws {
        let s = try Self.shop()
        defer { s.shop.close() }
        _ = try E.sell(s, [E.line(E.rice, 1)], household: 1)
        // Rice: 1 → 0 (not below zero), then 0 → -2; potatoes (never stocked): 0 → -1.
        let sale = try E.sell(s, [E.line(E.rice, 1), E.line(E.potatoes), E.line(E.rice, 2)], household: 1,
                              stockAccepted: [E.rice.code, E.potatoes.code])
        let json = try Self.payload(s, sale)
        let payload = try #require(CanonicalJSON.decode(TicketPayload.self, from: json))
        #expect(payload.lines.map(\.stockAfter) == [nil, -1, -2])
        #expect(json.contains("\"rental\"") == false && json.contains(",\"stock_after\":-2,\"unit_price_cents\":"))
        #expect(try s.ledger.product(code: E.rice.code)?.stock == -2)
        #expect(try s.ledger.verify().isOK)

        // A counter-entry puts the stock back: no acceptance, no stock_after.
        let counter = try s.ledger.cancelTicket(number: sale.number, reason: "erreur", authorizedBy: s.shop.admin.id,
                                                till: TestShop.till, operatorId: s.shop.benevole.id, sessionId: s.shop.session.id)
        #expect(!(try s.ledger.rawString("SELECT payload FROM journal WHERE seq = \(counter.journalSeq)") ?? "x").contains("stock_after"))
        #expect(try s.ledger.product(code: E.rice.code)?.stock == 1)
        #expect(try s.ledger.verify().isOK)
    }

    @Test func verifyRecomputesTheStockAfterFromTheMovements() throws {
        let s = try Self.shop()
        defer { s.shop.close() }
        let sale = try E.sell(s, [E.line(E.rice, 3)], household: 1, stockAccepted: [E.rice.code])
        #expect(try s.ledger.verify().isOK)
        // The whole chain re-hashed, the sale no longer says it went below zero.
        try ChainForger.rewritePayload(path: s.shop.path, seq: sale.journalSeq, replacing: ",\"stock_after\":-1", with: "",
                                       table: "stock_movements", rows: "SELECT 1")
        let hidden = try #require(try s.ledger.verify().problem)
        #expect(hidden.seq == sale.journalSeq && hidden.table == "stock_movements")
        #expect(hidden.reason == "la ligne 1 du ticket n° \(sale.number) dit que le stock de \(E.rice.code) ne passait pas sous zéro, mais d'après les mouvements de stock il passe à -1")
    }

    @Test func verifySeesAnArrivalRewrittenUnderASaleBelowZero() throws {
        let s = try Self.shop()
        defer { s.shop.close() }
        let sale = try E.sell(s, [E.line(E.rice, 3)], household: 1, stockAccepted: [E.rice.code])
        let arrival = try #require(try s.ledger.rawInt("SELECT journal_seq FROM stock_movements WHERE kind != 'vente'"))
        // The arrival made 25 bags (7 left), entry and row alike, the balances from it on
        // raised to match: the sale's -1 no longer holds.
        try ChainForger.rewritePayload(path: s.shop.path, seq: arrival, replacing: "\"quantity\":20", with: "\"quantity\":25",
                                       table: "stock_movements", rows: """
                                           UPDATE stock_movements SET quantity = 25 WHERE journal_seq = \(arrival);
                                           UPDATE stock_movements SET balance_after = balance_after + 5
                                           WHERE product_code = '\(E.rice.code)' AND journal_seq >= \(arrival)
                                           """)
        let problem = try #require(try s.ledger.verify().problem)
        #expect(problem.seq == sale.journalSeq)
        #expect(problem.reason == "la ligne 1 du ticket n° \(sale.number) dit que le stock de \(E.rice.code) passait à -1, mais d'après les mouvements de stock il ne passe pas sous zéro")
    }
}
