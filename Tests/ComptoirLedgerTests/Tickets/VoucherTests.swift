import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct VoucherTests {
    static func draft(_ reference: String?) -> TicketDraft {
        TicketDraft(lines: [TestShop.pull], payments: [
            Payment(method: .voucher, amount: Money(cents: 200), reference: reference),
            Payment(method: .cash, amount: TestShop.pull.amount - Money(cents: 200)),
        ])
    }

    @Test func aVoucherPaysOnceAndVerifies() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let session = try #require(try l.currentSession(till: TestShop.till))
        let sold = try l.commitSale(Self.draft(" CCAS-2026-0042 "), till: TestShop.till, operatorId: shop.benevole.id, sessionId: session.id)
        #expect(try l.ticket(number: sold.number)?.payments.first?.reference == "CCAS-2026-0042")
        #expect(try l.verify().isOK)
        let before = try l.journalEntryCount()
        #expect(throws: LedgerError.refused("Le bon « CCAS-2026-0042 » a déjà servi (ticket n° 1) : un bon ne paie qu'une fois.")) {
            _ = try l.commitSale(Self.draft("CCAS-2026-0042"), till: TestShop.till, operatorId: shop.benevole.id, sessionId: session.id)
        }
        #expect(try l.journalEntryCount() == before)
    }

    @Test func aVoucherNeedsItsReference() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let session = try #require(try shop.ledger.currentSession(till: TestShop.till))
        #expect(throws: LedgerError.refused("Le paiement 1 (bon) n'a pas de référence : tapez le numéro du bon.")) {
            _ = try shop.ledger.commitSale(Self.draft("  "), till: TestShop.till, operatorId: shop.benevole.id, sessionId: session.id)
        }
    }

    @Test func aTamperedReferenceIsNamed() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let session = try #require(try l.currentSession(till: TestShop.till))
        let sold = try l.commitSale(Self.draft("B-1"), till: TestShop.till, operatorId: shop.benevole.id, sessionId: session.id)
        try l.rawExecute("DROP TRIGGER payments_no_update")
        try l.rawExecute("UPDATE payments SET reference = 'B-2' WHERE reference = 'B-1'")
        let report = try l.verify()
        #expect(report.problem?.seq == sold.journalSeq)
        #expect(report.message.contains("le paiement 1 du ticket n° 1 ne correspond pas au journal"))
    }
}
