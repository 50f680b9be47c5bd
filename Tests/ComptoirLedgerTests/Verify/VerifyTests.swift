import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct VerifyTests {
    /// A shop with five sales: ticket n° k is journal entry 3 + k.
    static func shopWithSales() throws -> TestShop {
        let shop = try TestShop()
        for _ in 0..<5 { try shop.sell([TestShop.tshirt, TestShop.pull, TestShop.free], given: Money(cents: 5_000)) }
        return shop
    }

    @Test func aGoodLedgerIsOK() throws {
        let shop = try Self.shopWithSales()
        defer { shop.close() }
        let (report, slow) = try shop.ledger.verifyCountingSlowComparisons()
        #expect(report.message == "OK — 8 entrées")
        #expect(report.entries == 8 && report.problem == nil && report.isOK)
        #expect(slow == 0)  // accents, €, slash and « » go through the byte comparison
        var steps: [[Int]] = []
        _ = try shop.ledger.verify { steps.append([$0, $1]) }
        #expect(steps == [[0, 8], [8, 8]])  // the bar starts empty and ends full
    }

    @Test func anEmptyLedgerIsOK() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let ledger = try Ledger.open(path: temp.path, pinRounds: 1_000)
        defer { try? ledger.close() }
        #expect(try ledger.verify().message == "OK — 0 entrées")
    }

    @Test func namesATamperedTicketLine() throws {
        let shop = try Self.shopWithSales()
        defer { shop.close() }
        let seq = try #require(try shop.ledger.rawInt("SELECT journal_seq FROM tickets WHERE number = 5"))
        try shop.ledger.rawExecute("DROP TRIGGER ticket_lines_no_update")
        try shop.ledger.rawExecute("""
            UPDATE ticket_lines SET label = 'Manteau' WHERE position = 2
              AND ticket_id = (SELECT id FROM tickets WHERE number = 5)
            """)
        let report = try shop.ledger.verify()
        #expect(report.problem?.seq == seq)
        #expect(report.problem?.kind == "ticket.committed")
        #expect(report.message == "ERREUR — entrée n° \(seq) (ticket.committed) : la ligne 2 du ticket n° 5 ne correspond pas au journal")
    }

    @Test func namesATamperedAmount() throws {
        let shop = try Self.shopWithSales()
        defer { shop.close() }
        try shop.ledger.rawExecute("DROP TRIGGER payments_no_update")
        try shop.ledger.rawExecute("""
            UPDATE payments SET amount_cents = 1 WHERE ticket_id = (SELECT id FROM tickets WHERE number = 3)
            """)
        let report = try shop.ledger.verify()
        #expect(report.problem?.seq == 6)
        #expect(report.problem?.reason == "le paiement 1 du ticket n° 3 ne correspond pas au journal")
    }

    @Test func namesATamperedJournalPayload() throws {
        let shop = try Self.shopWithSales()
        defer { shop.close() }
        try shop.ledger.rawExecute("DROP TRIGGER journal_no_update")
        try shop.ledger.rawExecute("UPDATE journal SET payload = replace(payload, '\"total_cents\":920', '\"total_cents\":20') WHERE seq = 5")
        #expect(try shop.ledger.rawString("SELECT payload FROM journal WHERE seq = 5")?.contains("\"total_cents\":20}") == true)
        let report = try shop.ledger.verify()
        #expect(report.problem?.seq == 5)
        #expect(report.message.hasPrefix("ERREUR — entrée n° 5 (ticket.committed) : l'entrée a été modifiée"))
    }

    @Test func namesABrokenChain() throws {
        let shop = try Self.shopWithSales()
        defer { shop.close() }
        try shop.ledger.rawExecute("DROP TRIGGER journal_no_delete")
        try shop.ledger.rawExecute("PRAGMA foreign_keys = OFF")
        try shop.ledger.rawExecute("DELETE FROM journal WHERE seq = 2")
        let report = try shop.ledger.verify()
        #expect(report.problem?.seq == 3)
        #expect(report.problem?.reason == "l'entrée n° 2 manque avant celle-ci")
    }

    @Test func namesADeletedTicket() throws {
        let shop = try Self.shopWithSales()
        defer { shop.close() }
        let seq = try #require(try shop.ledger.rawInt("SELECT journal_seq FROM tickets WHERE number = 2"))
        try shop.ledger.rawExecute("DROP TRIGGER tickets_no_delete")
        try shop.ledger.rawExecute("PRAGMA foreign_keys = OFF")
        try shop.ledger.rawExecute("DELETE FROM tickets WHERE number = 2")
        #expect(try shop.ledger.ticket(number: 2) == nil)
        let report = try shop.ledger.verify()
        #expect(report.problem?.seq == seq)
        #expect(report.message == "ERREUR — entrée n° \(seq) (ticket.committed) : le ticket n° 2 manque dans la table des tickets")
    }

    @Test func namesADeletedLine() throws {
        let shop = try Self.shopWithSales()
        defer { shop.close() }
        try shop.ledger.rawExecute("DROP TRIGGER ticket_lines_no_delete")
        try shop.ledger.rawExecute("DELETE FROM ticket_lines WHERE position = 3 AND ticket_id = (SELECT id FROM tickets WHERE number = 4)")
        let report = try shop.ledger.verify()
        #expect(report.problem?.seq == 7)
        #expect(report.problem?.reason == "la ligne 3 du ticket n° 4 manque dans la table des lignes")
    }

    @Test func namesAForgedTicketWithoutJournalEntry() throws {
        let shop = try Self.shopWithSales()
        defer { shop.close() }
        // A row slipped in afterwards, pointing at an existing non-sale entry.
        try shop.ledger.rawExecute("""
            INSERT INTO tickets (number, session_id, till, operator_id, at, total_cents, journal_seq)
            VALUES (6, \(shop.session.id), 'caisse-1', \(shop.benevole.id), '2025-01-01T00:00:00.000Z', 100, 2)
            """)
        let report = try shop.ledger.verify()
        #expect(report.problem?.seq == 2)
        #expect(report.problem?.kind == "user.created")
        #expect(report.problem?.reason.contains("ticket n° 6") == true)
    }

    @Test func namesATamperedFloat() throws {
        let shop = try Self.shopWithSales()
        defer { shop.close() }
        try shop.ledger.rawExecute("DROP TRIGGER cash_movements_no_update")
        try shop.ledger.rawExecute("UPDATE cash_movements SET amount_cents = 0")
        let report = try shop.ledger.verify()
        #expect(report.problem?.seq == 3)
        #expect(report.message == "ERREUR — entrée n° 3 (session.opened) : le fond de caisse de la session n° \(shop.session.id) ne correspond pas au journal")
    }

    @Test func payloadWriterMatchesTheEncoderByteForByte() throws {
        let labels = ["T-shirt", "Pâtes 500 g", "Veste / manteau", "« Café » 250 g €", "漢字 😀", "tab\there", "quote \" ", "back\\slash", "\u{7F}", "\u{2028}"]
        for (i, label) in labels.enumerated() {
            var consigned = VerifyRows.Line.sample(code: i % 2 == 0 ? "V1-0013" : nil, label: "B07 \(label)")
            consigned.activity = "vide_greniers"
            consigned.rentalId = 1
            consigned.itemId = i % 2 == 0 ? 3 : nil
            consigned.commissionCents = -125
            let lines = [VerifyRows.Line.sample(code: i % 2 == 0 ? "C\(i)" : nil, label: label),
                         VerifyRows.Line.sample(code: "X", label: "Pull"), consigned]
            var voucher = VerifyRows.Payment.sample(method: "bon")
            voucher.reference = i % 3 == 0 ? "CCAS \(label)" : nil
            let payments = [VerifyRows.Payment.sample(method: "especes"), VerifyRows.Payment.sample(method: "carte"), voucher]
            // Every other one is a counter-entry, with its responsable and reason.
            let counter = i % 2 == 1
            let payload = TicketPayload(
                authorizedBy: counter ? 5 : nil, kind: counter ? "cancellation" : "sale", lines: lines.map(\.payload),
                number: 42, operatorId: 7, original: counter ? 12 : nil, payments: payments.map(\.payload),
                reason: counter ? "erreur \(label)" : nil, session: 3, till: "caisse \(label)", totalCents: -5)
            var writer = TicketPayloadWriter()
            writer.begin(kind: payload.kind, authorizedBy: payload.authorizedBy)
            for (j, line) in lines.enumerated() { writer.line(line, first: j == 0) }
            writer.middle(number: 42, operatorId: 7, original: payload.original)
            for (j, payment) in payments.enumerated() { writer.payment(payment, first: j == 0) }
            writer.end(session: 3, till: "caisse \(label)", totalCents: -5, reason: payload.reason)
            let encoded = try CanonicalJSON.encode(payload)
            if writer.exact {
                #expect(String(decoding: writer.bytes, as: UTF8.self) == encoded, "\(label)")
            } else {
                #expect(label.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }, "\(label)")
            }
        }
    }

    @Test func ticketsWithEscapedCharactersStillVerify() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let odd = CartLine(code: nil, label: "Lot \"vintage\"\tà\\part", activity: .autre, unitPrice: Money(cents: 700))
        try shop.sell([odd])
        let (report, slow) = try shop.ledger.verifyCountingSlowComparisons()
        #expect(report.isOK, "\(report.message)")
        #expect(slow == 1)
    }

    /// Measures verify on generated history. Run with COMPTOIR_BENCH=1.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["COMPTOIR_BENCH"] != nil))
    func verifySpeed() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let count = 100_000
        let draft = TestShop.draft([TestShop.tshirt, TestShop.pull, TestShop.free])
        let total = try Ledger.checkedTotal(draft)
        let start = Date()
        try shop.ledger.write { db in
            for _ in 0..<count {
                _ = try shop.ledger.insertSale(db, draft, total: total, till: TestShop.till,
                                               operatorId: shop.benevole.id, sessionId: shop.session.id)
            }
        }
        let written = Date()
        let commit = Date()
        _ = try shop.sell([TestShop.tshirt])
        let commitTime = Date().timeIntervalSince(commit)
        let (report, slow) = try shop.ledger.verifyCountingSlowComparisons()
        let elapsed = Date().timeIntervalSince(written) - commitTime
        #expect(report.isOK)
        #expect(slow == 0)
        print("generated \(count) tickets in \(written.timeIntervalSince(start)) s; one commit with \(count) tickets: \(commitTime * 1000) ms; verify \(report.entries) entries in \(elapsed) s = \(Int(Double(report.entries) / elapsed)) entries/s")
    }
}

extension VerifyRows.Line {
    static func sample(code: String?, label: String) -> Self {
        Self(ticketId: 1, position: 1, code: code, label: label, activity: "friperie",
             unitPriceCents: 250, quantity: 2, amountCents: 500, journalSeq: 9)
    }
}

extension VerifyRows.Payment {
    static func sample(method: String) -> Self {
        Self(ticketId: 1, position: 1, method: method, amountCents: 500, givenCents: 1_000, changeCents: 500, journalSeq: 9, reference: nil)
    }
}
