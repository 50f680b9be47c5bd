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

    @Test func theSwitchIsJournaledInTheRealLedgerNamingTheResponsable() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let path = shop.path + ".formation.caisse-1.sqlite"
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        let training = try shop.ledger.makeTrainingCopy(at: path)
        defer { try? training.close() }
        try shop.ledger.recordTraining(started: true, till: TestShop.till, operatorId: shop.benevole.id,
                                       authorizedBy: shop.admin.id, copy: path, reason: "formation")
        try shop.ledger.recordTraining(started: false, till: TestShop.till, operatorId: shop.benevole.id,
                                       authorizedBy: shop.admin.id, copy: path, reason: "fin")
        let started = try shop.ledger.rawString("SELECT payload FROM journal WHERE kind = 'training.started'")
        let name = URL(fileURLWithPath: path).lastPathComponent
        #expect(started == #"{"authorized_by":\#(shop.admin.id),"copy":"\#(name)","reason":"formation"}"#)
        let ended = try shop.ledger.rawString("SELECT payload FROM journal WHERE kind = 'training.ended'")
        #expect(ended?.contains(#""authorized_by":\#(shop.admin.id)"#) == true)
        #expect(try shop.ledger.rawString("SELECT till FROM journal WHERE kind = 'training.ended'") == TestShop.till)
        #expect(try shop.ledger.verify().isOK)

        // A bénévole cannot allow it, and the copy never journals it.
        #expect(throws: LedgerError.self) {
            try shop.ledger.recordTraining(started: true, till: TestShop.till, operatorId: shop.benevole.id,
                                           authorizedBy: shop.benevole.id, copy: path, reason: "formation")
        }
        #expect(throws: LedgerError.self) {
            try training.recordTraining(started: false, till: TestShop.till, operatorId: shop.benevole.id,
                                        authorizedBy: shop.admin.id, copy: path, reason: "fin")
        }
    }

    @Test func theCopyKnowsTheLastRealTicketForFnNumbers() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.sell([TestShop.tshirt])
        try shop.sell([TestShop.pull])
        #expect(try shop.ledger.trainingBase() == nil)
        let path = shop.path + ".formation.x.sqlite"
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        let training = try shop.ledger.makeTrainingCopy(at: path)
        defer { try? training.close() }
        #expect(try training.trainingBase() == 2)
        let sold = try shop.sell([TestShop.tshirt], on: training)
        #expect(TicketName.format(sold.number, trainingBase: try training.trainingBase()) == "F-1")
        #expect(TicketName.format(2, trainingBase: 2) == "2", "a copied real ticket keeps its number")
        #expect(try training.verify().isOK, "verify knows the training_base key")
    }

    @Test func twoTillsKeepTheirOwnCopies() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let other = try shop.ledger.openSession(till: "caisse-2", operatorId: shop.benevole.id, float: .zero)
        let one = shop.path + ".formation." + Ledger.trainingFileName(till: "caisse-1") + ".sqlite"
        let two = shop.path + ".formation." + Ledger.trainingFileName(till: "caisse 2/../x") + ".sqlite"
        #expect(Ledger.trainingFileName(till: "caisse 2/../x") == "caisse_2____x")
        defer { for p in [one, two] { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: p + s) } } }
        let first = try shop.ledger.makeTrainingCopy(at: one)
        defer { try? first.close() }
        try shop.sell([TestShop.tshirt], on: first)
        let second = try shop.ledger.makeTrainingCopy(at: two)
        defer { try? second.close() }
        _ = try second.commitSale(TestShop.draft([TestShop.pull]), till: "caisse-2", operatorId: shop.benevole.id, sessionId: other.id)
        // The first till's copy is still there, with its own practice sale.
        #expect(FileManager.default.fileExists(atPath: one))
        #expect(try first.ticketCount() == 1)
        try shop.sell([TestShop.pull], on: first)
        #expect(try first.ticketCount() == 2 && second.ticketCount() == 1)
        #expect(try shop.ledger.ticketCount() == 0)
    }
}
