import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct ParkingTests {
    @Test func parkedTicketsSurviveReopeningAndAreResumedOnce() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let lines = [TestShop.tshirt, TestShop.pull]
        let parked = try shop.ledger.park(lines, till: "Caisse 1", operatorId: shop.benevole.id)
        _ = try shop.ledger.park([TestShop.free], till: "Caisse 2", operatorId: shop.admin.id)
        let journal = try shop.ledger.journalEntryCount()

        // A second process (another till, or the same one after a restart) sees them.
        let other = try Ledger.open(path: shop.ledger.path, pinRounds: 1_000)
        defer { try? other.close() }
        let waiting = try other.parkedTickets()
        #expect(waiting.map(\.till) == ["Caisse 1", "Caisse 2"])
        #expect(waiting.first?.lines == lines)
        #expect(waiting.first?.total == parked.total)

        #expect(try other.resumeParked(id: parked.id, till: "Caisse 2", operatorId: shop.admin.id) == lines)
        #expect(throws: LedgerError.refused("Ce ticket en attente a déjà été repris (Caisse 2).")) {
            _ = try shop.ledger.resumeParked(id: parked.id, till: "Caisse 1", operatorId: shop.benevole.id)
        }
        #expect(try shop.ledger.parkedTickets().count == 1)
        #expect(try shop.ledger.journalEntryCount() == journal + 1, "the resumption is journaled (not the refused one)")
        #expect(try shop.ledger.rawString("SELECT group_concat(kind) FROM journal WHERE kind LIKE 'ticket.%'")
                == "ticket.parked,ticket.parked,ticket.resumed")
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func parkedRowsCannotBeEditedOrDeleted() throws {
        let shop = try TestShop()
        defer { shop.close() }
        _ = try shop.ledger.park([TestShop.tshirt], till: "Caisse 1", operatorId: shop.benevole.id)
        #expect(throws: (any Error).self) { try shop.ledger.rawExecute("UPDATE parked_tickets SET lines = '[]'") }
        #expect(throws: (any Error).self) { try shop.ledger.rawExecute("DELETE FROM parked_tickets") }
        #expect(throws: LedgerError.refused("Le ticket est vide : rien à mettre en attente.")) {
            _ = try shop.ledger.park([], till: "Caisse 1", operatorId: shop.benevole.id)
        }
    }
}
