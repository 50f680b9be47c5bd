import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct CancellationTests {
    @Test func aCancellationNegatesTheOriginalAndVerifies() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let sold = try shop.sell([TestShop.tshirt, TestShop.pull], given: Money(cents: 5_000))
        let session = try #require(try l.currentSession(till: TestShop.till))
        let counter = try l.cancelTicket(number: sold.number, reason: " erreur de saisie ", authorizedBy: shop.admin.id,
                                         till: TestShop.till, operatorId: shop.benevole.id, sessionId: session.id)
        #expect(counter.number == sold.number + 1)
        #expect(counter.total == -sold.total)
        let stored = try #require(try l.ticket(number: counter.number))
        #expect(stored.kind == "cancellation" && stored.originalNumber == sold.number)
        #expect(stored.lines.map(\.quantity) == [TestShop.tshirt, TestShop.pull].map { -$0.quantity })
        #expect(stored.payments == [Payment(method: .cash, amount: -sold.total, given: -sold.total, change: .zero)])
        #expect(try l.rawString("SELECT reason FROM tickets WHERE number = \(counter.number)") == "erreur de saisie")
        #expect(try l.verify().isOK)

        let before = try l.journalEntryCount()
        #expect(throws: LedgerError.refused("Le ticket n° \(sold.number) est déjà annulé (ticket n° \(counter.number)).")) {
            _ = try l.cancelTicket(number: sold.number, reason: "encore", authorizedBy: shop.admin.id,
                                   till: TestShop.till, operatorId: shop.benevole.id, sessionId: session.id)
        }
        #expect(throws: LedgerError.refused("Le ticket n° \(counter.number) est déjà une annulation : il ne s'annule pas.")) {
            _ = try l.cancelTicket(number: counter.number, reason: "x", authorizedBy: shop.admin.id,
                                   till: TestShop.till, operatorId: shop.benevole.id, sessionId: session.id)
        }
        #expect(try l.journalEntryCount() == before)
    }

    @Test func aVolunteerCannotAllowItAndAReasonIsNeeded() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let sold = try shop.sell([TestShop.tshirt], given: Money(cents: 500))
        let session = try #require(try shop.ledger.currentSession(till: TestShop.till))
        #expect(throws: LedgerError.self) {
            _ = try shop.ledger.cancelTicket(number: sold.number, reason: "x", authorizedBy: shop.benevole.id,
                                             till: TestShop.till, operatorId: shop.benevole.id, sessionId: session.id)
        }
        #expect(throws: LedgerError.self) {
            _ = try shop.ledger.cancelTicket(number: sold.number, reason: " ", authorizedBy: shop.admin.id,
                                             till: TestShop.till, operatorId: shop.benevole.id, sessionId: session.id)
        }
        #expect(throws: LedgerError.refused("Il n'y a pas de ticket n° 99 : vérifiez le numéro.")) {
            _ = try shop.ledger.cancelTicket(number: 99, reason: "x", authorizedBy: shop.admin.id,
                                             till: TestShop.till, operatorId: shop.benevole.id, sessionId: session.id)
        }
    }

    @Test func aTamperedReasonIsNamed() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let sold = try shop.sell([TestShop.tshirt], given: Money(cents: 500))
        let session = try #require(try l.currentSession(till: TestShop.till))
        let counter = try l.cancelTicket(number: sold.number, reason: "erreur", authorizedBy: shop.admin.id,
                                         till: TestShop.till, operatorId: shop.benevole.id, sessionId: session.id)
        try l.rawExecute("DROP TRIGGER tickets_no_update")
        try l.rawExecute("UPDATE tickets SET reason = 'autre' WHERE number = \(counter.number)")
        #expect(try l.verify().problem?.seq == counter.journalSeq)
    }
}
