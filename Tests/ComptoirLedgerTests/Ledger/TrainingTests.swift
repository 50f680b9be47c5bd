import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct TrainingTests {
    @Test func trainingSalesNeverReachTheRealLedger() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.sell([TestShop.tshirt], given: Money(cents: 500))
        let realEntries = try shop.ledger.journalEntryCount()
        let path = shop.ledger.path + ".formation.sqlite"
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }

        let training = try shop.ledger.makeTrainingCopy(at: path)
        #expect(try training.authenticate(userId: shop.benevole.id, pin: "1111") != nil, "same people, same PINs")
        let session = try #require(try training.currentSession(till: TestShop.till))
        let draft = TicketDraft(lines: [TestShop.pull], payments: [Payment(method: .cash, amount: TestShop.pull.amount)])
        let sold = try training.commitSale(draft, till: TestShop.till, operatorId: shop.benevole.id, sessionId: session.id)
        #expect(sold.number == 2)
        #expect(try training.verify().isOK)
        try training.close()

        #expect(try shop.ledger.journalEntryCount() == realEntries)
        #expect(try shop.ledger.ticketCount() == 1)
        #expect(try shop.ledger.verify().isOK)

        // A new training session starts again from the real ledger.
        let again = try shop.ledger.makeTrainingCopy(at: path)
        defer { try? again.close() }
        #expect(try again.ticketCount() == 1)
    }

    @Test func theRealFileIsNeverTheTrainingOne() throws {
        let shop = try TestShop()
        defer { shop.close() }
        #expect(throws: LedgerError.refused("La base de formation doit être un autre fichier que la base réelle.")) {
            _ = try shop.ledger.makeTrainingCopy(at: shop.ledger.path)
        }
    }
}
