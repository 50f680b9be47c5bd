import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct AppendOnlyTests {
    static let protected = ["journal", "till_sessions", "session_closings", "tickets", "ticket_lines",
                            "payments", "cash_movements", "comptoir_meta"]

    @Test(arguments: protected)
    func updateAndDeleteAreRefused(_ table: String) throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.sell([TestShop.tshirt])
        let seq = try #require(try shop.ledger.rawInt("SELECT MAX(seq) FROM journal"))
        // Inserting stays allowed: that is how a session will be closed.
        try shop.ledger.rawExecute("""
            INSERT INTO session_closings (session_id, closed_at, closed_by, journal_seq)
            VALUES (\(shop.session.id), '2025-01-01T00:00:00.000Z', \(shop.admin.id), \(seq))
            """)
        let rows = try #require(try shop.ledger.rawInt("SELECT COUNT(*) FROM \(table)"))
        #expect(rows > 0)

        for sql in ["UPDATE \(table) SET rowid = rowid", "DELETE FROM \(table)"] {
            do {
                try shop.ledger.rawExecute(sql)
                Issue.record("\(sql) was allowed")
            } catch let LedgerError.storage(detail) {
                #expect(detail.contains("interdite"), "\(detail)")
            }
        }
        #expect(try shop.ledger.rawInt("SELECT COUNT(*) FROM \(table)") == rows)
    }

    @Test func usersAndCatalogMayChange() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.ledger.rawExecute("UPDATE users SET first_name = first_name")
        try shop.ledger.addCategory(Category(code: "A", label: "A", price: .zero), by: nil, till: "c")
        try shop.ledger.rawExecute("UPDATE categories SET active = 0 WHERE code = 'A'")
        #expect(try shop.ledger.lookup(code: "A") == nil)
    }
}
