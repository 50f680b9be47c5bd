import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct TicketTests {
    @Test func commitWritesTicketLinesPaymentsAndJournalTogether() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let l = shop.ledger
        let before = try l.journalEntryCount()
        let committed = try shop.sell([TestShop.tshirt, TestShop.pull], given: Money(cents: 1_000))
        #expect(committed.number == 1)
        #expect(committed.total == Money(cents: 600))
        #expect(committed.change == Money(cents: 400))
        #expect(committed.journalSeq == Int64(before + 1))
        #expect(abs(committed.at.timeIntervalSinceNow) < 60)
        #expect(try l.journalEntryCount() == before + 1)
        #expect(try l.ticketCount() == 1)
        #expect(try l.rawInt("SELECT COUNT(*) FROM ticket_lines WHERE journal_seq = \(committed.journalSeq)") == 2)
        #expect(try l.rawInt("SELECT COUNT(*) FROM payments WHERE journal_seq = \(committed.journalSeq)") == 1)
        #expect(try l.rawInt("SELECT journal_seq FROM tickets WHERE number = 1") == committed.journalSeq)

        let payload = try #require(try l.rawString("SELECT payload FROM journal WHERE seq = \(committed.journalSeq)"))
        #expect(payload == #"{"kind":"sale","lines":[{"activity":"friperie","amount_cents":100,"code":"TSHIRT","label":"T-shirt","quantity":1,"unit_price_cents":100},{"activity":"friperie","amount_cents":500,"code":"PULL","label":"Pull","quantity":2,"unit_price_cents":250}],"number":1,"operator":\#(shop.benevole.id),"payments":[{"amount_cents":600,"change_cents":400,"given_cents":1000,"method":"especes"}],"session":\#(shop.session.id),"till":"caisse-1","total_cents":600}"#)
        #expect(try l.rawString("SELECT at FROM journal WHERE seq = \(committed.journalSeq)")
                == l.rawString("SELECT at FROM tickets WHERE number = 1"))
    }

    @Test func storedTicketReadsBackForTheReceipt() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let split = TicketDraft(lines: [TestShop.free, TestShop.tshirt],
                                payments: [Payment(method: .card, amount: Money(cents: 300)),
                                           try Payment.cash(total: Money(cents: 120), given: Money(cents: 200)).get()])
        let committed = try shop.ledger.commitSale(split, till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id)
        let stored = try #require(try shop.ledger.ticket(number: committed.number))
        #expect(stored.lines == split.lines)
        #expect(stored.payments == split.payments)
        #expect(stored.total == Money(cents: 420))
        #expect(stored.change == Money(cents: 80))
        #expect(stored.at == committed.at)
        #expect(stored.kind == "sale" && stored.originalNumber == nil)
        #expect(stored.operatorName == "Camille" && stored.till == TestShop.till && stored.sessionId == shop.session.id)
        #expect(stored.journalSeq == committed.journalSeq)
        #expect(try shop.ledger.ticket(number: 2) == nil)
    }

    @Test func numbersAreGaplessOverSeveralSales() throws {
        let shop = try TestShop()
        defer { shop.close() }
        var numbers: [Int64] = []
        for _ in 0..<5 {
            numbers.append(try shop.sell([TestShop.tshirt]).number)
            _ = refusal { try shop.sell([]) }  // a refusal in between takes no number
        }
        #expect(numbers == [1, 2, 3, 4, 5])
        #expect(try shop.ledger.ticketCount() == 5)
    }

    @Test(arguments: [
        ("vide", TicketDraft(lines: [], payments: [])),
        ("quantité nulle", TestShop.draft([CartLine(code: "X", label: "Pull", activity: .friperie, unitPrice: Money(cents: 100), quantity: 0)])),
        ("prix négatif", TicketDraft(lines: [CartLine(code: nil, label: "Remise", activity: .autre, unitPrice: Money(cents: -100))],
                                     payments: [])),
        ("paiement court", TicketDraft(lines: [TestShop.tshirt], payments: [Payment(method: .cash, amount: Money(cents: 50))])),
        ("paiement en trop", TicketDraft(lines: [TestShop.tshirt], payments: [Payment(method: .card, amount: Money(cents: 150))])),
        ("rendu incohérent", TicketDraft(lines: [TestShop.tshirt],
                                         payments: [Payment(method: .cash, amount: Money(cents: 100), given: Money(cents: 500), change: Money(cents: 100))])),
    ])
    func refusedDraftsWriteNothing(_ name: String, _ draft: TicketDraft) throws {
        let shop = try TestShop()
        defer { shop.close() }
        let before = try shop.ledger.journalEntryCount()
        let message = refusal {
            _ = try shop.ledger.commitSale(draft, till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id)
        }
        #expect(message != nil && !(message!.hasPrefix("autre erreur")), "\(name): \(message ?? "accepté")")
        #expect(try shop.ledger.journalEntryCount() == before)
        #expect(try shop.ledger.ticketCount() == 0)
        #expect(try shop.ledger.rawInt("SELECT COUNT(*) FROM ticket_lines") == 0)
        #expect(try shop.ledger.rawInt("SELECT COUNT(*) FROM payments") == 0)
    }

    @Test func refusesASessionThatIsNotThisTillsOrDoesNotExist() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let other = try shop.ledger.openSession(till: "caisse-2", operatorId: shop.admin.id, float: .zero)
        let draft = TestShop.draft([TestShop.tshirt])
        #expect(refusal { _ = try shop.ledger.commitSale(draft, till: TestShop.till, operatorId: shop.benevole.id, sessionId: other.id) }?
                .contains("appartient à la caisse caisse-2") == true)
        #expect(refusal { _ = try shop.ledger.commitSale(draft, till: TestShop.till, operatorId: shop.benevole.id, sessionId: 99) }?
                .contains("n'est pas ouverte") == true)
        #expect(refusal { _ = try shop.ledger.commitSale(draft, till: TestShop.till, operatorId: 99, sessionId: shop.session.id) } != nil)
        #expect(try shop.ledger.ticketCount() == 0)
    }

    @Test func twoTillsOnTheSameFileGetDistinctConsecutiveNumbers() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let second = try Ledger.open(path: shop.path, pinRounds: 1_000)
        defer { try? second.close() }
        let session2 = try second.openSession(till: "caisse-2", operatorId: shop.admin.id, float: .zero)
        var numbers: [Int64] = []
        for i in 0..<6 {
            if i % 2 == 0 {
                numbers.append(try shop.sell([TestShop.tshirt]).number)
            } else {
                numbers.append(try second.commitSale(TestShop.draft([TestShop.pull]), till: "caisse-2",
                                                     operatorId: shop.admin.id, sessionId: session2.id).number)
            }
        }
        #expect(numbers == [1, 2, 3, 4, 5, 6])
        #expect(try shop.ledger.verify().isOK)
        #expect(try second.verify().message == "OK — \(try second.journalEntryCount()) entrées")
    }

    @Test func concurrentTillsNeverShareANumber() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let tills = try (0..<3).map { _ in try Ledger.open(path: shop.path, pinRounds: 1_000) }
        defer { for t in tills { try? t.close() } }
        let results = ResultBox()
        let group = DispatchGroup()
        for ledger in tills {
            group.enter()
            let benevole = shop.benevole.id, session = shop.session.id
            Thread {
                for _ in 0..<10 {
                    do {
                        let n = try ledger.commitSale(TestShop.draft([TestShop.tshirt]), till: TestShop.till,
                                                      operatorId: benevole, sessionId: session).number
                        results.add(n)
                    } catch { results.fail("\(error)") }
                }
                group.leave()
            }.start()
        }
        group.wait()
        #expect(results.errors.isEmpty, "\(results.errors)")
        #expect(results.numbers.sorted() == Array(1...30))
        #expect(try shop.ledger.verify().isOK)
    }
}

final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var _numbers: [Int64] = []
    private var _errors: [String] = []
    func add(_ n: Int64) { lock.withLock { _numbers.append(n) } }
    func fail(_ e: String) { lock.withLock { _errors.append(e) } }
    var numbers: [Int64] { lock.withLock { _numbers } }
    var errors: [String] { lock.withLock { _errors } }
}
