import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct SessionTests {
    @Test func opensASessionWithItsFloat() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        #expect(shop.session.till == TestShop.till)
        #expect(shop.session.float == Money(cents: 5_000))
        #expect(shop.session.openedBy == shop.benevole.id)
        #expect(abs(shop.session.openedAt.timeIntervalSinceNow) < 60)
        #expect(try l.currentSession(till: TestShop.till) == shop.session)
        #expect(try l.currentSession(till: "caisse-2") == nil)
        #expect(try l.rawString("SELECT kind || ' ' || amount_cents || ' ' || session_id FROM cash_movements")
                == "float 5000 \(shop.session.id)")
        let seq = try #require(try l.rawInt("SELECT journal_seq FROM till_sessions"))
        #expect(try l.rawString("SELECT kind || ' ' || payload FROM journal WHERE seq = \(seq)")
                == #"session.opened {"float_cents":5000,"opened_by":\#(shop.benevole.id),"session":\#(shop.session.id),"till":"caisse-1"}"#)
        #expect(try l.rawInt("SELECT journal_seq FROM cash_movements") == seq)
    }

    @Test func refusesASecondOpenSessionOnTheSameTill() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let before = try shop.ledger.journalEntryCount()
        let message = refusal { _ = try shop.ledger.openSession(till: TestShop.till, operatorId: shop.admin.id, float: .zero) }
        #expect(message?.hasPrefix("La caisse caisse-1 est déjà ouverte") == true)
        #expect(try shop.ledger.journalEntryCount() == before)
        // Another till opens on its own.
        let second = try shop.ledger.openSession(till: "caisse-2", operatorId: shop.admin.id, float: .zero)
        #expect(second.id == shop.session.id + 1)
        #expect(try shop.ledger.currentSession(till: "caisse-2") == second)
    }

    @Test func refusesANegativeFloatAndAnUnknownOperator() throws {
        let shop = try TestShop()
        defer { shop.close() }
        #expect(refusal { _ = try shop.ledger.openSession(till: "caisse-2", operatorId: shop.admin.id, float: Money(cents: -1)) }?
                .contains("négatif") == true)
        #expect(refusal { _ = try shop.ledger.openSession(till: "caisse-2", operatorId: 404, float: .zero) } != nil)
        #expect(try shop.ledger.currentSession(till: "caisse-2") == nil)
    }

    @Test func aClosingRowEndsTheSession() throws {
        let shop = try TestShop()
        defer { shop.close() }
        // Closings come with the Z (a later issue); a bare row is enough to end the session.
        let seq = try #require(try shop.ledger.rawInt("SELECT MAX(seq) FROM journal"))
        try shop.ledger.rawExecute("""
            INSERT INTO session_closings (session_id, closed_at, closed_by, journal_seq)
            VALUES (\(shop.session.id), '2025-01-01T00:00:00.000Z', \(shop.admin.id), \(seq))
            """)
        #expect(try shop.ledger.currentSession(till: TestShop.till) == nil)
        #expect(refusal { try shop.sell([TestShop.tshirt]) }?.contains("clôturée") == true)
        let next = try shop.ledger.openSession(till: TestShop.till, operatorId: shop.admin.id, float: Money(cents: 1_000))
        #expect(try shop.ledger.currentSession(till: TestShop.till) == next)
    }
}
