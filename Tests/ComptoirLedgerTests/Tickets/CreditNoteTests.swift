import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct CreditNoteTests {
    /// A sale of a 5 € veste refunded as a credit note; returns the note. `legacy` issues
    /// it as versions before random codes did (`AV-<ticket>-<Luhn>`).
    private func issue(_ shop: TestShop, legacy: Bool = false) throws -> CreditNote {
        let veste = CartLine(code: "VESTE", label: "Veste", activity: .friperie, unitPrice: Money(cents: 500))
        let sold = try shop.sell([veste])
        let counter = try shop.ledger.refund(
            RefundRequest(number: sold.number, items: [.init(position: 1, quantity: 1)], method: .creditNote,
                          amount: Money(cents: 500)),
            reason: "taille", authorizedBy: shop.admin.id, till: TestShop.till, operatorId: shop.benevole.id,
            sessionId: shop.session.id,
            issueCode: legacy ? { _, number in CreditNoteCode.make(ticketNumber: number) } : Ledger.randomCreditNoteCode)
        let note = try #require(counter.creditNote)
        if legacy {
            #expect(note.code == CreditNoteCode.make(ticketNumber: counter.number))
        } else {
            #expect(CreditNoteCode.isRandom(note.code) && CreditNoteCode.parse(note.code) == note.code)
        }
        #expect(note.value == Money(cents: 500) && !note.isSpent)
        return note
    }

    /// `code` with the symbol at `position` (in the random part) replaced by another.
    static func changed(_ code: String, at position: Int, to symbol: Character? = nil) -> String {
        var chars = Array(code)
        chars[position] = symbol ?? (chars[position] == "7" ? "8" : "7")
        return String(chars)
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
        #expect(CreditNoteCode.isRandom(rest.code) && rest.code != note.code && rest.value == Money(cents: 400))
        #expect(try shop.ledger.creditNote(code: rest.code)?.isSpent == false)
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func badCreditNotesAreRefusedAndNothingIsWritten() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let note = try issue(shop)
        let before = try shop.ledger.journalEntryCount()
        let line = [TestShop.tshirt]
        // Unknown, malformed, or one symbol of the random part changed: the same words.
        var generator = SystemRandomNumberGenerator()
        let unknown = CreditNoteCode.random(using: &generator)
        let oneChanged = Self.changed(note.code, at: 5)
        for typed in [unknown, CreditNoteCode.make(ticketNumber: 77), oneChanged, "AV-7KQ2", "n'importe quoi"] {
            #expect(refusal { _ = try pay(shop, line, [Payment(method: .creditNote, amount: Money(cents: 100), reference: typed)]) }
                    == "Code d'avoir non reconnu : vérifiez-le.", "\(typed)")
        }
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
        #expect(back.value == Money(cents: 500) && CreditNoteCode.isRandom(back.code))
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

        let random = CreditNoteCode.random()
        #expect(book.record(ticketNumber: 7, payments: [payment(-300, Self.changed(random, at: 13))]) != nil, "a wrong check symbol")
        #expect(book.record(ticketNumber: 7, payments: [payment(-300, random)]) == nil)
        #expect(book.record(ticketNumber: 8, payments: [payment(-300, random)]) != nil, "the same random code issued twice")
        #expect(book.record(ticketNumber: 8, payments: [payment(-300, CreditNoteCode.make(ticketNumber: 8))]) != nil,
                "a numbered code after random ones")
        #expect(book.record(ticketNumber: 8, payments: [payment(300, random.lowercased())]) != nil, "a code not in its printed form")
        #expect(book.record(ticketNumber: 8, payments: [payment(300, random)]) == nil)
    }

    @Test func olderNumberedCreditNotesAreStillSpent() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let old = try issue(shop, legacy: true)
        let new = try issue(shop)
        #expect(try shop.ledger.verify().isOK, "a numbered note, then a random one")
        // Typed as printed before, or without dashes.
        #expect(try shop.ledger.creditNote(code: "av" + old.code.dropFirst(3).filter { $0 != "-" }) == old)
        let veste = CartLine(code: "VESTE", label: "Veste", activity: .friperie, unitPrice: Money(cents: 500))
        let sale = try pay(shop, [veste], [Payment(method: .creditNote, amount: Money(cents: 500), reference: old.code)])
        #expect(try shop.ledger.creditNote(code: old.code)?.spentBy == sale.number)
        #expect(refusal { _ = try pay(shop, [veste], [Payment(method: .creditNote, amount: Money(cents: 500), reference: old.code)]) }
                == "L'avoir « \(old.code) » a déjà servi (ticket n° \(sale.number)) : un avoir ne sert qu'une fois.")
        _ = try pay(shop, [veste], [Payment(method: .creditNote, amount: Money(cents: 500), reference: new.code)])
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func aNewCodeIsDrawnAgainOnACollision() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let note = try issue(shop)
        var draws = [note.code, note.code, "AV-7KQ2-M9XD-T"]
        let code = try shop.ledger.write { db in
            try Ledger.freshCreditNoteCode(db) { draws.removeFirst() }
        }
        #expect(code == "AV-7KQ2-M9XD-T" && draws.isEmpty)
        #expect(throws: LedgerError.self) {
            _ = try shop.ledger.write { db in try Ledger.freshCreditNoteCode(db) { note.code } }
        }
    }

    @Test func verifyCatchesATamperedCode() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let note = try issue(shop)
        #expect(try shop.ledger.verify().isOK)
        try shop.ledger.rawExecute("DROP TRIGGER payments_no_update")
        try shop.ledger.rawExecute("UPDATE payments SET reference = '\(CreditNoteCode.random())' WHERE reference = '\(note.code)'")
        let report = try shop.ledger.verify()
        #expect(!report.isOK && report.message.contains("ne correspond pas au journal"))
    }
}
