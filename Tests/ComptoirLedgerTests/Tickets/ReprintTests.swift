import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct ReprintTests {
    @Test func aReprintIsJournaledAndVerifies() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.sell([TestShop.tshirt], given: Money(cents: 500))
        let before = try shop.ledger.journalEntryCount()
        try shop.ledger.recordReprint(number: 1, till: TestShop.till, operatorId: shop.benevole.id)
        #expect(try shop.ledger.journalEntryCount() == before + 1)
        #expect(try shop.ledger.rawString("SELECT kind FROM journal ORDER BY seq DESC LIMIT 1") == "ticket.reprinted")
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func anUnknownTicketIsRefused() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let before = try shop.ledger.journalEntryCount()
        #expect(throws: LedgerError.refused("Il n'y a pas de ticket n° 42 : vérifiez le numéro.")) {
            try shop.ledger.recordReprint(number: 42, till: TestShop.till, operatorId: shop.benevole.id)
        }
        #expect(try shop.ledger.journalEntryCount() == before)
    }
}
