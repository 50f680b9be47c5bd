import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct CreditNoteTests {
    /// A sale of a 5 € veste refunded as a credit note; returns the note.
    private func issue(_ shop: TestShop) throws -> CreditNote {
        let veste = CartLine(code: "VESTE", label: "Veste", activity: .friperie, unitPrice: Money(cents: 500))
        let sold = try shop.sell([veste])
        let counter = try shop.ledger.refund(
            RefundRequest(number: sold.number, items: [.init(position: 1, quantity: 1)], method: .creditNote,
                          amount: Money(cents: 500)),
            reason: "taille", authorizedBy: shop.admin.id, till: TestShop.till, operatorId: shop.benevole.id,
            sessionId: shop.session.id)
        let note = try #require(counter.creditNote)
        #expect(note.code == CreditNoteCode.make(ticketNumber: counter.number))
        #expect(note.value == Money(cents: 500) && !note.isSpent)
        return note
    }

    private func pay(_ shop: TestShop, _ lines: [CartLine], _ payments: [Payment]) throws -> CommittedTicket {
        try shop.ledger.commitSale(TicketDraft(lines: lines, payments: payments), till: TestShop.till,
                                   operatorId: shop.benevole.id, sessionId: shop.session.id)
    }

    @Test func aRefundIssuesACreditNoteThatIsSpentOnceInFull() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let note = try issue(shop)
        #expect(try shop.ledger.creditNote(code: note.code) == note)
        // Typed without dashes, in lower case.
        let typed = "av" + note.code.dropFirst(3).filter { $0 != "-" }
        let pulls = CartLine(code: "PULL", label: "Pull", activity: .friperie, unitPrice: Money(cents: 250), quantity: 3)
        let sale = try pay(shop, [pulls], [Payment(method: .creditNote, amount: Money(cents: 500), reference: typed),
                                          Payment(method: .cash, amount: Money(cents: 250))])
        #expect(sale.creditNote == nil)
        #expect(try shop.ledger.ticket(number: sale.number)?.payments.first?.reference == note.code)
        #expect(try shop.ledger.creditNote(code: note.code)?.spentBy == sale.number)

        let before = try shop.ledger.journalEntryCount()
        #expect(refusal { _ = try pay(shop, [pulls], [Payment(method: .creditNote, amount: Money(cents: 500), reference: note.code),
                                                      Payment(method: .cash, amount: Money(cents: 250))]) }
                == "L'avoir « \(note.code) » a déjà servi (ticket n° \(sale.number)) : un avoir ne sert qu'une fois.")
        #expect(try shop.ledger.journalEntryCount() == before)
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func twoTillsCannotBothSpendIt() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let note = try issue(shop)
        let other = try Ledger.open(path: shop.path, pinRounds: 1_000)
        defer { try? other.close() }
        let draft = TicketDraft(lines: [CartLine(code: "VESTE", label: "Veste", activity: .friperie, unitPrice: Money(cents: 500))],
                                payments: [Payment(method: .creditNote, amount: Money(cents: 500), reference: note.code)])
        let first = try shop.ledger.commitSale(draft, till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id)
        #expect(refusal {
            _ = try other.commitSale(draft, till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id)
        } == "L'avoir « \(note.code) » a déjà servi (ticket n° \(first.number)) : un avoir ne sert qu'une fois.")
        #expect(try other.verify().isOK)
    }

    @Test func theRestOfALargerCreditNoteBecomesANewOne() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let note = try issue(shop)
        let sale = try pay(shop, [TestShop.tshirt], [Payment(method: .creditNote, amount: Money(cents: 500), reference: note.code),
                                                     Payment(method: .creditNote, amount: Money(cents: -400))])
        let rest = try #require(sale.creditNote)
        #expect(rest.code == CreditNoteCode.make(ticketNumber: sale.number) && rest.value == Money(cents: 400))
        #expect(try shop.ledger.creditNote(code: rest.code)?.isSpent == false)
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func badCreditNotesAreRefusedAndNothingIsWritten() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let note = try issue(shop)
        let before = try shop.ledger.journalEntryCount()
        let line = [TestShop.tshirt]
        let unknown = CreditNoteCode.make(ticketNumber: 77)
        #expect(refusal { _ = try pay(shop, line, [Payment(method: .creditNote, amount: Money(cents: 100), reference: unknown)]) }
                == "L'avoir « \(unknown) » n'existe pas : vérifiez le code imprimé sur l'avoir.")
        let wrongDigit = String(note.code.dropLast()) + String((note.code.last!.wholeNumberValue! + 1) % 10)
        #expect(refusal { _ = try pay(shop, line, [Payment(method: .creditNote, amount: Money(cents: 100), reference: wrongDigit)]) }
                == "« \(wrongDigit) » n'est pas un code d'avoir valable : vérifiez le code imprimé sur l'avoir (AV-…).")
        #expect(refusal { _ = try pay(shop, line, [Payment(method: .creditNote, amount: Money(cents: 100), reference: note.code)]) }
                == "L'avoir « \(note.code) » vaut 5,00 € : il s'utilise en entier, en une fois ; le reste devient un nouvel avoir.")
        // A sale cannot sell a credit note for cash.
        #expect(refusal { _ = try pay(shop, line, [Payment(method: .cash, amount: Money(cents: 600)),
                                                   Payment(method: .creditNote, amount: Money(cents: -500))]) }
                == "Une vente n'émet un avoir que pour le reste d'un avoir plus grand que le ticket.")
        #expect(try shop.ledger.journalEntryCount() == before)
        #expect(try shop.ledger.creditNote(code: "n'importe quoi") == nil)
    }

    @Test func cancellingASalePaidByCreditNoteGivesANewOne() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let note = try issue(shop)
        let sale = try pay(shop, [TestShop.tshirt], [Payment(method: .creditNote, amount: Money(cents: 500), reference: note.code),
                                                     Payment(method: .creditNote, amount: Money(cents: -400))])
        let rest = try #require(sale.creditNote)
        let counter = try shop.ledger.cancelTicket(number: sale.number, reason: "erreur", authorizedBy: shop.admin.id,
                                                   till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id)
        // The rest is spent back; the 5 € come back as a new credit note.
        let back = try #require(counter.creditNote)
        #expect(back.value == Money(cents: 500) && back.code == CreditNoteCode.make(ticketNumber: counter.number))
        #expect(try shop.ledger.creditNote(code: rest.code)?.spentBy == counter.number)
        #expect(counter.total == Money(cents: -100))
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func aCancellationIsRefusedWhenItsCreditNoteWasSpent() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let note = try issue(shop)
        let sale = try pay(shop, [TestShop.tshirt], [Payment(method: .creditNote, amount: Money(cents: 500), reference: note.code),
                                                     Payment(method: .creditNote, amount: Money(cents: -400))])
        let rest = try #require(sale.creditNote)
        let other = try pay(shop, [TestShop.tshirt], [Payment(method: .creditNote, amount: Money(cents: 400), reference: rest.code),
                                                      Payment(method: .creditNote, amount: Money(cents: -300))])
        #expect(refusal {
            _ = try shop.ledger.cancelTicket(number: sale.number, reason: "erreur", authorizedBy: shop.admin.id,
                                             till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id)
        } == "L'avoir « \(rest.code) » émis par le ticket n° \(sale.number) a déjà servi (ticket n° \(other.number)) : l'annulation n'est pas possible ; remboursez les articles (Alt+M).")
    }

    @Test func verifyFollowsEachCreditNote() {
        func payment(_ cents: Int64, _ code: String?) -> VerifyRows.Payment {
            VerifyRows.Payment(ticketId: 1, position: 1, method: "avoir", amountCents: cents, givenCents: cents,
                               changeCents: 0, journalSeq: 1, reference: code)
        }
        var book = CreditNoteBook()
        let code = CreditNoteCode.make(ticketNumber: 3)
        #expect(book.record(ticketNumber: 2, payments: [payment(500, code)]) != nil, "spent before it was issued")
        #expect(book.record(ticketNumber: 4, payments: [payment(-500, code)]) != nil, "issued under another ticket's code")
        #expect(book.record(ticketNumber: 3, payments: [payment(-500, code)]) == nil)
        #expect(book.record(ticketNumber: 5, payments: [payment(400, code)]) != nil, "spent for less than its value")
        #expect(book.record(ticketNumber: 5, payments: [payment(500, code)]) == nil)
        #expect(book.record(ticketNumber: 6, payments: [payment(500, code)]) != nil, "spent twice")
    }
}
