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

    private func sell(_ shop: TestShop, _ reference: String) throws -> CommittedTicket {
        try shop.ledger.commitSale(Self.draft(reference), till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id)
    }

    private func cancel(_ shop: TestShop, _ number: Int64) throws -> CommittedTicket {
        try shop.ledger.cancelTicket(number: number, reason: "erreur", authorizedBy: shop.admin.id, till: TestShop.till,
                                     operatorId: shop.benevole.id, sessionId: shop.session.id)
    }

    @Test func aCancelledSaleFreesItsVoucher() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let first = try sell(shop, "CCAS-7")
        let counter = try cancel(shop, first.number)
        #expect(try shop.ledger.ticket(number: counter.number)?.payments.contains {
            $0.method == .voucher && $0.reference == "CCAS-7" && $0.amount == Money(cents: -200)
        } == true)
        let again = try sell(shop, "CCAS-7")
        #expect(try shop.ledger.verify().isOK)
        // In use again: refused until that sale is cancelled too.
        #expect(refusal { _ = try sell(shop, "CCAS-7") }
                == "Le bon « CCAS-7 » a déjà servi (ticket n° \(again.number)) : un bon ne paie qu'une fois.")
        _ = try cancel(shop, again.number)
        _ = try sell(shop, "CCAS-7")
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func aRefundDoesNotFreeTheVoucher() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let sold = try sell(shop, "CCAS-8")
        let refund = try shop.ledger.refund(
            RefundRequest(number: sold.number, items: [.init(position: 1, quantity: 2)], method: .cash, amount: TestShop.pull.amount),
            reason: "taille", authorizedBy: shop.admin.id, till: TestShop.till, operatorId: shop.benevole.id,
            sessionId: shop.session.id)
        #expect(try shop.ledger.ticket(number: refund.number)?.payments.allSatisfy { $0.method == .cash } == true)
        #expect(refusal { _ = try sell(shop, "CCAS-8") }
                == "Le bon « CCAS-8 » a déjà servi (ticket n° \(sold.number)) : un bon ne paie qu'une fois.")
    }

    @Test func aVoucherTwiceOnOneTicketIsRefused() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let draft = TicketDraft(lines: [TestShop.pull], payments: [
            Payment(method: .voucher, amount: Money(cents: 200), reference: "B-9"),
            Payment(method: .voucher, amount: TestShop.pull.amount - Money(cents: 200), reference: " B-9"),
        ])
        #expect(refusal {
            _ = try shop.ledger.commitSale(draft, till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id)
        } == "Le bon « B-9 » est deux fois sur ce ticket : un bon ne paie qu'une fois.")
    }

    /// The trigger holds even for a writer that skips the ledger's checks.
    @Test func theTriggerCountsUsesNetOfCancellations() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let sold = try sell(shop, "CCAS-9")
        func insert(_ cents: Int64, _ method: String = "bon", _ reference: String = "CCAS-9") throws {
            try shop.ledger.write { db in
                let ticket = try Int64.fetchOne(db, sql: "SELECT id FROM tickets WHERE number = ?", arguments: [sold.number])
                let seq = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM journal")
                try db.execute(sql: """
                    INSERT INTO payments (ticket_id, position, method, amount_cents, given_cents, change_cents, journal_seq, reference)
                    VALUES (?, 99, ?, ?, ?, 0, ?, ?)
                    """, arguments: [ticket, method, cents, cents, seq, reference])
                throw LedgerError.refused("rolled back")
            }
        }
        func message(_ cents: Int64, _ method: String = "bon", _ reference: String = "CCAS-9") -> String {
            do { try insert(cents, method, reference) } catch { return "\(error)" }
            return "inserted"
        }
        #expect(message(200).contains("a déjà servi"))
        #expect(message(200, "bon", "CCAS-10").contains("rolled back"), "another voucher")
        #expect(message(-200).contains("rolled back"), "a counter-entry")
        _ = try cancel(shop, sold.number)
        #expect(message(200).contains("rolled back"), "freed by the cancellation")
    }

    @Test func verifyFollowsEachVoucher() {
        func payment(_ cents: Int64, _ reference: String = "V1") -> VerifyRows.Payment {
            VerifyRows.Payment(ticketId: 1, position: 1, method: "bon", amountCents: cents, givenCents: cents,
                               changeCents: 0, journalSeq: 1, reference: reference)
        }
        var book = VoucherBook()
        #expect(book.record(ticketNumber: 1, kind: "sale", original: nil, payments: [payment(200)]) == nil)
        #expect(book.record(ticketNumber: 2, kind: "sale", original: nil, payments: [payment(300)]) != nil, "used twice")
        #expect(book.record(ticketNumber: 2, kind: "refund", original: 1, payments: [payment(-200)]) != nil, "a refund does not free it")
        #expect(book.record(ticketNumber: 2, kind: "cancellation", original: 1, payments: [payment(-100)]) != nil, "another amount")
        #expect(book.record(ticketNumber: 2, kind: "cancellation", original: 5, payments: [payment(-200)]) != nil, "another sale")
        #expect(book.record(ticketNumber: 2, kind: "cancellation", original: 1, payments: [payment(-200, "V2")]) != nil,
                "a voucher that sale did not use")
        #expect(book.record(ticketNumber: 2, kind: "cancellation", original: 1, payments: [payment(-200)]) == nil)
        #expect(book.record(ticketNumber: 3, kind: "cancellation", original: 1, payments: [payment(-200)]) != nil, "freed twice")
        #expect(book.record(ticketNumber: 3, kind: "sale", original: nil, payments: [payment(300)]) == nil, "used again")
    }

    @Test func verifyCatchesAVoucherUsedTwice() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let first = try sell(shop, "CCAS-11")
        let second = try sell(shop, "CCAS-12")
        #expect(try shop.ledger.verify().isOK)
        // The second sale's row and entry both rewritten to the first voucher, the chain re-hashed.
        try ChainForger.rewritePayload(path: shop.path, seq: second.journalSeq, replacing: "CCAS-12", with: "CCAS-11",
                                       table: "payments", rows: "UPDATE payments SET reference = 'CCAS-11' WHERE reference = 'CCAS-12'")
        let report = try shop.ledger.verify()
        #expect(report.problem?.seq == second.journalSeq && first.number < second.number)
        #expect(report.message.contains("utilise le bon « CCAS-11 », qui avait déjà servi (ticket n° \(first.number))"), "\(report.message)")
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
