import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

/// Each stock movement keeps its product's balance after it: the till reads a product's
/// stock from its last movement, and `verify` recomputes every balance from the quantities.
@Suite struct StockBalanceTests {
    typealias E = EpicerieLedgerTests

    /// Arrivals, a correction, sales (one below zero, accepted), a cancellation.
    private static func history() throws -> E.Shop {
        let s = try E.shop()
        try s.ledger.recordStock(code: E.rice.code, kind: .donation, quantity: 7, by: s.shop.admin.id, till: TestShop.till)
        try s.ledger.recordStock(code: E.potatoes.code, kind: .purchase, quantity: 4, by: s.shop.admin.id, till: TestShop.till)
        _ = try E.sell(s, [E.line(E.rice, 2), E.line(E.potatoes), E.line(E.rice, 1)], household: 1)
        try s.ledger.recordStock(code: E.rice.code, kind: .correction, quantity: -22, reason: "inventaire",
                                 by: s.shop.admin.id, till: TestShop.till)
        let below = try E.sell(s, [E.line(E.rice, 3)], household: 1, stockAccepted: [E.rice.code])
        _ = try s.ledger.cancelTicket(number: below.number, reason: "erreur", authorizedBy: s.shop.admin.id,
                                      till: TestShop.till, operatorId: s.shop.benevole.id, sessionId: s.shop.session.id)
        _ = try E.sell(s, [E.line(E.potatoes, 5)], household: 1, stockAccepted: [E.potatoes.code])
        return s
    }

    /// Every balance against the running sum of its product's quantities, in SQL.
    private static func balancesOff(_ ledger: Ledger) throws -> Int64? {
        try ledger.rawInt("""
            SELECT count(*) FROM stock_movements m WHERE m.balance_after IS NOT
                (SELECT SUM(quantity) FROM stock_movements o WHERE o.product_code = m.product_code AND o.id <= m.id)
            """)
    }

    @Test func theStockReadIsTheSumOfTheMovementsThroughOneIndexedRead() throws {
        let s = try Self.history()
        defer { s.shop.close() }
        for product in [E.rice, E.potatoes] {
            let sum = try s.ledger.rawInt("SELECT SUM(quantity) FROM stock_movements WHERE product_code = '\(product.code)'")
            #expect(try s.ledger.product(code: product.code)?.stock == sum.map(Int.init))
        }
        // 20 + 7 − 3 − 22 − 3 + 3 = 2 bags of rice; 4 − 1 − 5 = −2 potatoes.
        #expect(try s.ledger.product(code: E.rice.code)?.stock == 2)
        #expect(try s.ledger.product(code: E.potatoes.code)?.stock == -2)
        #expect(try Self.balancesOff(s.ledger) == 0)
        #expect(try s.ledger.verify().isOK)
        // The till's read goes straight to the product's last movement, no scan of its history.
        let plan = try s.ledger.queryPlan(Ledger.productSQL + " WHERE p.code = 'x' AND p.active = 1")
        #expect(plan.contains("stock_movements_by_product") && !plan.contains("SCAN m") && !plan.contains("SCAN stock_movements"),
                "\(plan)")
    }

    @Test func aForgedBalanceIsNamedByVerify() throws {
        let s = try Self.history()
        defer { s.shop.close() }
        let last = try #require(try s.ledger.rawInt("SELECT max(id) FROM stock_movements WHERE product_code = '\(E.rice.code)'"))
        try s.ledger.rawExecute("DROP TRIGGER stock_movements_no_update")
        // Two more bags on the shelf than the movements say: the till would believe it.
        try s.ledger.rawExecute("UPDATE stock_movements SET balance_after = balance_after + 2 WHERE id = \(last)")
        #expect(try s.ledger.product(code: E.rice.code)?.stock == 4)
        let problem = try #require(try s.ledger.verify().problem)
        #expect(problem.table == "stock_movements")
        #expect(problem.seq == (try s.ledger.rawInt("SELECT journal_seq FROM stock_movements WHERE id = \(last)")))
        #expect(problem.reason == "le mouvement de stock n° \(last) (\(E.rice.code)) dit que le stock passe à 4, mais la somme de ses mouvements donne 2")
    }

    @Test func aQuantityForgedWithItsEntryButNotTheBalancesIsNamedAtItsMovement() throws {
        let s = try Self.history()
        defer { s.shop.close() }
        let donation = try #require(try s.ledger.rawInt("SELECT journal_seq FROM stock_movements WHERE kind = 'don'"))
        // The entry re-hashed and the row alike: only the balances tell.
        try ChainForger.rewritePayload(path: s.shop.path, seq: donation, replacing: "\"quantity\":7", with: "\"quantity\":9",
                                       table: "stock_movements",
                                       rows: "UPDATE stock_movements SET quantity = 9 WHERE journal_seq = \(donation)")
        let problem = try #require(try s.ledger.verify().problem)
        #expect(problem.seq == donation && problem.table == "stock_movements")
        #expect(problem.reason.hasSuffix("dit que le stock passe à 27, mais la somme de ses mouvements donne 29"))
    }

    @Test func aBaseFromBeforeTheBalancesGetsThemAndStillVerifies() throws {
        let s = try Self.history()
        let path = s.shop.path
        let stocks = try [E.rice, E.potatoes].map { try s.ledger.product(code: $0.code)?.stock }
        try s.ledger.close()
        defer { s.shop.temp.remove() }
        // The base as version 18 left it: no balance column, the older index.
        try RawSQL.execute(path: path, """
            DROP TRIGGER stock_movements_no_update;
            DROP INDEX stock_movements_by_product;
            ALTER TABLE stock_movements DROP COLUMN balance_after;
            CREATE INDEX stock_movements_by_product ON stock_movements(product_code, quantity);
            CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements
            BEGIN SELECT RAISE(ABORT, 'stock_movements : modification interdite'); END;
            DELETE FROM grdb_migrations WHERE identifier = 'v19';
            """)
        let ledger = try Ledger.open(path: path, pinRounds: 1_000)
        defer { try? ledger.close() }
        #expect(try ledger.rawInt("SELECT count(*) FROM stock_movements WHERE balance_after IS NULL") == 0)
        #expect(try Self.balancesOff(ledger) == 0)
        #expect(try [E.rice, E.potatoes].map { try ledger.product(code: $0.code)?.stock } == stocks)
        let report = try ledger.verify()
        #expect(report.isOK, "\(report.message)")
        // The table is append-only again.
        #expect(throws: (any Error).self) { try ledger.rawExecute("UPDATE stock_movements SET balance_after = 0") }
    }
}
