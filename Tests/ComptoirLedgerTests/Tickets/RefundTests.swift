import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct RefundTests {
    private func refund(_ shop: TestShop, _ number: Int64, _ items: [RefundRequest.Item], _ method: RefundRequest.Method,
                        amount: Money, by manager: Int64? = nil) throws -> CommittedTicket {
        try shop.ledger.refund(RefundRequest(number: number, items: items, method: method, amount: amount),
                               reason: "article abîmé", authorizedBy: manager ?? shop.admin.id, till: TestShop.till,
                               operatorId: shop.benevole.id, sessionId: shop.session.id)
    }

    @Test func partOfATicketIsRefundedInCashAndNamesTheOriginalLines() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let sold = try shop.sell([TestShop.tshirt, TestShop.pull])  // 1,00 + 2 × 2,50
        let counter = try refund(shop, sold.number, [.init(position: 2, quantity: 1)], .cash, amount: Money(cents: 250))
        #expect(counter.total == Money(cents: -250))
        #expect(counter.cashBack == Money(cents: 250))
        let stored = try #require(try shop.ledger.ticket(number: counter.number))
        #expect(stored.kind == "refund" && stored.originalNumber == sold.number)
        #expect(stored.lines == [CartLine(code: "PULL", label: "Pull", activity: .friperie, unitPrice: Money(cents: 250), quantity: -1)])
        #expect(stored.payments == [Payment(method: .cash, amount: Money(cents: -250))])
        #expect(try shop.ledger.rawString("SELECT original_position FROM ticket_lines WHERE ticket_id = (SELECT id FROM tickets WHERE number = \(counter.number))") == "2")
        #expect(try shop.ledger.verify().isOK)

        let left = try shop.ledger.refundable(number: sold.number)
        #expect(left.lines.map(\.refundable) == [1, 1])
    }

    @Test func neverMoreThanWasSold() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let sold = try shop.sell([TestShop.pull])  // 2 pulls
        _ = try refund(shop, sold.number, [.init(position: 1, quantity: 1)], .cash, amount: Money(cents: 250))
        let before = try shop.ledger.journalEntryCount()
        #expect(refusal { _ = try refund(shop, sold.number, [.init(position: 1, quantity: 2)], .cash, amount: Money(cents: 500)) }
                == "« Pull » (ligne 1) : 2 à rembourser, mais il n'en reste que 1 sur le ticket n° \(sold.number).")
        _ = try refund(shop, sold.number, [.init(position: 1, quantity: 1)], .cash, amount: Money(cents: 250))
        #expect(refusal { _ = try refund(shop, sold.number, [.init(position: 1, quantity: 1)], .cash, amount: Money(cents: 250)) }
                == "« Pull » (ligne 1) est déjà entièrement remboursé : rien à rendre.")
        #expect(refusal { _ = try refund(shop, sold.number, [.init(position: 3, quantity: 1)], .cash, amount: Money(cents: 250)) }
                == "La ligne 3 n'est pas sur le ticket n° \(sold.number) : recommencez le remboursement.")
        #expect(refusal { _ = try refund(shop, sold.number, [], .cash, amount: .zero) } == "Choisissez au moins un article à rembourser.")
        #expect(try shop.ledger.journalEntryCount() == before + 1)
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func refundsAndCancellationsExcludeEachOther() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let a = try shop.sell([TestShop.tshirt])
        let b = try shop.sell([TestShop.tshirt])
        let refunded = try refund(shop, a.number, [.init(position: 1, quantity: 1)], .cash, amount: Money(cents: 100))
        #expect(refusal {
            _ = try l.cancelTicket(number: a.number, reason: "x", authorizedBy: shop.admin.id, till: TestShop.till,
                                   operatorId: shop.benevole.id, sessionId: shop.session.id)
        } == "Le ticket n° \(a.number) a déjà un remboursement (ticket n° \(refunded.number)) : remboursez les articles qui restent (Alt+M).")
        let cancelled = try l.cancelTicket(number: b.number, reason: "x", authorizedBy: shop.admin.id, till: TestShop.till,
                                           operatorId: shop.benevole.id, sessionId: shop.session.id)
        #expect(refusal { _ = try refund(shop, b.number, [.init(position: 1, quantity: 1)], .cash, amount: Money(cents: 100)) }
                == "Le ticket n° \(b.number) est déjà annulé (ticket n° \(cancelled.number)).")
        #expect(refusal { _ = try refund(shop, refunded.number, [.init(position: 1, quantity: 1)], .cash, amount: Money(cents: 100)) }
                == "Le ticket n° \(refunded.number) est un remboursement : il ne s'annule ni ne se rembourse.")
        #expect(refusal { _ = try l.refundable(number: 99) } == "Il n'y a pas de ticket n° 99 : vérifiez le numéro.")
    }

    @Test func aResponsableAndAReasonAreNeeded() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let sold = try shop.sell([TestShop.tshirt])
        #expect(refusal { _ = try refund(shop, sold.number, [.init(position: 1, quantity: 1)], .cash, amount: Money(cents: 100),
                                         by: shop.benevole.id) }
                == "Réservé aux responsables : demandez à un responsable de le faire avec son code.")
        #expect(refusal {
            _ = try shop.ledger.refund(RefundRequest(number: sold.number, items: [.init(position: 1, quantity: 1)], method: .cash,
                                                     amount: Money(cents: 100)),
                                       reason: "  ", authorizedBy: shop.admin.id, till: TestShop.till,
                                       operatorId: shop.benevole.id, sessionId: shop.session.id)
        } == "Donnez la raison du remboursement (par exemple : erreur de saisie).")
    }

    @Test func aRefundOfAnEarlierSessionWorks() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let sold = try shop.sell([TestShop.tshirt])
        try shop.ledger.rawExecute("""
            INSERT INTO session_closings (session_id, closed_at, closed_by, journal_seq)
            VALUES (\(shop.session.id), '2026-11-30T18:00:00.000Z', \(shop.admin.id), 1)
            """)
        let next = try shop.ledger.openSession(till: TestShop.till, operatorId: shop.benevole.id, float: Money(cents: 1_000))
        let counter = try shop.ledger.refund(
            RefundRequest(number: sold.number, items: [.init(position: 1, quantity: 1)], method: .cash, amount: Money(cents: 100)),
            reason: "taille", authorizedBy: shop.admin.id, till: TestShop.till, operatorId: shop.benevole.id, sessionId: next.id)
        #expect(try shop.ledger.ticket(number: counter.number)?.sessionId == next.id)
    }

    @Test func aTamperedOriginalLineIsNamed() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let sold = try shop.sell([TestShop.tshirt, TestShop.pull])
        let counter = try refund(shop, sold.number, [.init(position: 1, quantity: 1)], .cash, amount: Money(cents: 100))
        try l.rawExecute("DROP TRIGGER ticket_lines_no_update")
        try l.rawExecute("UPDATE ticket_lines SET original_position = 2 WHERE original_position = 1")
        #expect(try l.verify().problem?.seq == counter.journalSeq)
    }
}
