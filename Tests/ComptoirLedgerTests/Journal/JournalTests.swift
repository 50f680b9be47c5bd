import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct JournalTests {
    @Test func entriesAreGaplessAndChainedToTheFingerprint() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.sell([TestShop.tshirt])
        let fingerprint = try shop.ledger.fingerprint()
        #expect(try shop.ledger.rawString("SELECT prev_hash FROM journal WHERE seq = 1") == fingerprint)
        #expect(try shop.ledger.rawString("SELECT group_concat(seq) FROM (SELECT seq FROM journal ORDER BY seq)") == "1,2,3,4")
        #expect(try shop.ledger.rawInt("""
            SELECT COUNT(*) FROM journal j JOIN journal p ON p.seq = j.seq - 1 WHERE j.prev_hash <> p.hash
            """) == 0)
        let at = try #require(try shop.ledger.rawString("SELECT at FROM journal WHERE seq = 4"))
        #expect(Timestamp.millis(at) != nil)
        #expect(try shop.ledger.rawString("SELECT till FROM journal WHERE seq = 4") == TestShop.till)
        #expect(try shop.ledger.rawInt("SELECT operator_id FROM journal WHERE seq = 4") == shop.benevole.id)
        #expect(try shop.ledger.rawInt("SELECT COUNT(*) FROM journal WHERE seq = 1 AND operator_id IS NULL") == 1)
    }

    @Test func theHashIsTheDocumentedOne() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let stored = try #require(try shop.ledger.rawString("SELECT hash FROM journal WHERE seq = 2"))
        let at = try #require(try shop.ledger.rawString("SELECT at FROM journal WHERE seq = 2"))
        let payload = try #require(try shop.ledger.rawString("SELECT payload FROM journal WHERE seq = 2"))
        let prev = try #require(try shop.ledger.rawString("SELECT prev_hash FROM journal WHERE seq = 2"))
        func field(_ s: String) -> String { "\(s.utf8.count):\(s)\n" }
        let text = field("2") + field(at) + field(TestShop.till) + field(String(shop.admin.id))
            + field("user.created") + field(payload) + field(prev)
        #expect(Journal.sha256Hex(Array(text.utf8)) == stored)
        let pinHash = try #require(try shop.ledger.rawString("SELECT pin_hash FROM users WHERE id = \(shop.benevole.id)"))
        let digest = Journal.sha256Hex(Array(pinHash.utf8))
        #expect(payload == #"{"first_name":"Camille","pin_digest":"\#(digest)","role":"benevole","user":\#(shop.benevole.id)}"#)
        #expect(!payload.contains(pinHash), "the journal never holds the PIN hash itself")
    }
}
