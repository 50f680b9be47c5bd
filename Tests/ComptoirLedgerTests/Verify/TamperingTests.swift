import ComptoirCore
import Foundation
import GRDB
import Testing
@testable import ComptoirLedger

/// The attacks of issue 14, one by one, by someone holding the file and `sqlite3`.
@Suite struct TamperingTests {
    @Test func insertOrReplaceIsRefusedOnEveryProtectedTable() throws {
        let s = try RichLedger.make()
        defer { s.shop.close() }
        for table in Migrations.protectedTables {
            let columns = try s.ledger.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table]).joined(separator: ", ")
            }
            let refused = refusal {
                try s.ledger.rawExecute("INSERT OR REPLACE INTO \(table) (\(columns)) SELECT \(columns) FROM \(table) LIMIT 1")
            }
            #expect(refused?.contains("\(table) : remplacement interdit") == true, "\(table): \(refused ?? "accepted")")
        }
        // The payout of the issue: moved past 9999 it would drop out of the balance.
        let balance = try s.ledger.sellerBalance(seller: 1)
        #expect(throws: (any Error).self) {
            try s.ledger.rawExecute("INSERT OR REPLACE INTO payouts SELECT id, seller_id, amount_cents, method, session_id, till, authorized_by, journal_seq, '99999', iban FROM payouts")
        }
        #expect(try s.ledger.sellerBalance(seller: 1) == balance)
        #expect(try s.ledger.verify().isOK)
    }

    @Test func aPayoutMovedOutOfTheBalanceIsNamed() throws {
        let s = try RichLedger.make()
        defer { s.shop.close() }
        let seq = try #require(try s.ledger.rawInt("SELECT journal_seq FROM payouts WHERE method = 'especes'"))
        try s.ledger.rawExecute("DROP TRIGGER payouts_no_update")
        try s.ledger.rawExecute("UPDATE payouts SET at = '9999' WHERE journal_seq = \(seq)")
        let report = try s.ledger.verify()
        #expect(report.problem?.seq == seq && report.problem?.table == "payouts")
        #expect(report.message == "ERREUR — entrée n° \(seq) (vide-greniers) : un reversement ne correspond pas au journal")
    }

    @Test func anIncomeLoweredForABetterRateIsNamedWithoutTheJournalHoldingIt() throws {
        let s = try RichLedger.make()
        defer { s.shop.close() }
        // No income in the journal, in any form the shop's accountant could read.
        let payloads = try s.ledger.read { db in
            try String.fetchAll(db, sql: "SELECT payload FROM journal WHERE kind LIKE 'household.%'")
        }
        #expect(!payloads.contains { $0.contains("200000") || $0.contains("resources") })
        try s.ledger.rawExecute("UPDATE households SET resources_cents = 50000 WHERE number = 1")
        let report = try s.ledger.verify()
        #expect(report.problem?.table == "households")
        #expect(report.problem?.reason
                == "le foyer n° 1 ne correspond pas au journal (ressources, charges, prestations, quotient ou enfants handicapés)")
        // The last contact decides the purge.
        try s.ledger.rawExecute("UPDATE households SET resources_cents = 200000, last_contact = '2001-01-01T00:00:00.000Z'")
        #expect(try s.ledger.verify().problem?.reason.hasPrefix("la date du dernier contact du foyer n° 1") == true)
    }

    @Test func anotherIBANOnFileIsNamedAndAPayoutKeepsTheOneItWentTo() throws {
        let s = try RichLedger.make()
        defer { s.shop.close() }
        #expect(try s.ledger.rawString("SELECT iban FROM payouts WHERE method = 'virement'") == "FR7630006000011234567890189")
        #expect(try s.ledger.rawInt("SELECT count(*) FROM journal WHERE payload LIKE '%FR76%' OR payload LIKE '%30006000%'") == 0)
        try s.ledger.rawExecute("UPDATE sellers SET iban = 'FR7630006000011234567890190' WHERE id = 1")
        let report = try s.ledger.verify()
        #expect(report.problem?.table == "sellers")
        #expect(report.problem?.reason == "le déposant n° 1 ne correspond pas au journal (son IBAN)")
    }

    @Test func rulesAreTakenByJournalOrderAndSwappedIdsAreNamed() throws {
        let s = try RichLedger.make()
        defer { s.shop.close() }
        #expect(try s.ledger.epicerieRules().rightsMonths == 6)
        var newer = EpicerieRules.standard
        newer.rightsMonths = 4
        try s.ledger.setEpicerieRules(newer, by: s.shop.admin.id, till: TestShop.till)
        try s.ledger.rawExecute("DROP TRIGGER epicerie_rules_no_update")
        try s.ledger.rawExecute("UPDATE epicerie_rules SET id = 100 WHERE id = 1")
        try s.ledger.rawExecute("UPDATE epicerie_rules SET id = 1 WHERE id = 2")
        try s.ledger.rawExecute("UPDATE epicerie_rules SET id = 2 WHERE id = 100")
        #expect(try s.ledger.epicerieRules().rightsMonths == 4, "the latest entry's rules, whatever the ids")
        let report = try s.ledger.verify()
        #expect(report.problem?.table == "epicerie_rules")
    }

    @Test func aForgedParkedTicketIsNeitherListedNorResumedAndIsNamed() throws {
        let s = try RichLedger.make()
        defer { s.shop.close() }
        let waiting = try s.ledger.parkedTickets()
        #expect(waiting.count == 1)
        let cheap = try CanonicalJSON.encode([CartLine(code: "PULL", label: "Veste", activity: .friperie, unitPrice: Money(cents: 1),
                                                       quantity: 5)])
        // Without an entry: never listed, never resumed.
        try s.ledger.rawExecute("""
            INSERT INTO parked_tickets (till, operator_id, parked_at, lines) VALUES ('caisse-1', 2, '2026-01-01T00:00:00.000Z', '\(cheap)')
            """)
        let forged = try #require(try s.ledger.rawInt("SELECT max(id) FROM parked_tickets"))
        #expect(try s.ledger.parkedTickets().map(\.id) == waiting.map(\.id))
        #expect(refusal { _ = try s.ledger.resumeParked(id: forged, till: TestShop.till, operatorId: s.shop.benevole.id) }?
                .hasPrefix("Ce ticket en attente ne correspond pas au journal") == true)
        // The waiting one's prices changed behind its entry: refused at the till, named by verify.
        try s.ledger.rawExecute("DROP TRIGGER parked_tickets_no_update")
        try s.ledger.rawExecute("UPDATE parked_tickets SET lines = '\(cheap)' WHERE id = \(waiting[0].id)")
        #expect(refusal { _ = try s.ledger.resumeParked(id: waiting[0].id, till: TestShop.till, operatorId: s.shop.benevole.id) }?
                .hasPrefix("Ce ticket en attente ne correspond pas au journal") == true)
        let report = try s.ledger.verify()
        #expect(report.problem?.table == "parked_tickets")
        #expect(report.problem?.reason == "le ticket en attente n° \(waiting[0].id) ne correspond pas au journal")
    }

    @Test func aStockMovementDeletedAndAnotherCopiedIsNamed() throws {
        let s = try RichLedger.make()
        defer { s.shop.close() }
        try s.ledger.rawExecute("DROP TRIGGER stock_movements_no_delete")
        let arrivals = try s.ledger.rawInt("SELECT count(*) FROM stock_movements WHERE kind <> 'vente'") ?? 0
        #expect(arrivals >= 2)
        try s.ledger.rawExecute("DELETE FROM stock_movements WHERE id = (SELECT max(id) FROM stock_movements WHERE kind <> 'vente')")
        try s.ledger.rawExecute("""
            INSERT INTO stock_movements (product_code, kind, quantity, weight_grams, reason, journal_seq, at)
            SELECT product_code, kind, quantity, weight_grams, reason, journal_seq, at FROM stock_movements
            WHERE id = (SELECT min(id) FROM stock_movements WHERE kind <> 'vente')
            """)
        #expect(try s.ledger.rawInt("SELECT count(*) FROM stock_movements WHERE kind <> 'vente'") == arrivals)
        let report = try s.ledger.verify()
        #expect(report.problem?.table == "stock_movements")
    }

    @Test func everyTriggerDroppedIsNamedEvenWithNoRowChanged() throws {
        let s = try RichLedger.make()
        defer { s.shop.close() }
        for name in try s.ledger.read({ db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'") }) {
            try s.ledger.rawExecute("DROP TRIGGER \(name)")
        }
        let report = try s.ledger.verify()
        #expect(report.problem?.kind == "schéma")
        #expect(report.problem?.reason.contains("de la table") == true && report.problem?.reason.hasSuffix("manque") == true)
        // A loosened CHECK (the schema rewritten) is named too.
        let other = try RichLedger.make()
        defer { other.shop.close() }
        try other.ledger.rawExecute("CREATE TRIGGER rien AFTER INSERT ON boxes BEGIN SELECT 1; END")
        #expect(try other.ledger.verify().problem?.reason == "le déclencheur « rien » de la table boxes a été ajouté")
    }

    @Test func aCorruptFileIsNamedNotThrown() throws {
        let s = try RichLedger.make()
        let copy = s.shop.temp.folder + "/corrupt.sqlite"
        try s.ledger.rawExecute("VACUUM INTO '\(copy)'")
        try s.shop.ledger.close()
        defer { s.shop.temp.remove() }
        // Garbage over the tickets' root page: the schema still reads, the B-tree no longer holds.
        let (root, pageSize) = try DatabaseQueue(path: copy).read { db in
            (try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'tickets'") ?? 0,
             try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4_096)
        }
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: copy))
        try handle.seek(toOffset: UInt64((root - 1) * pageSize))
        handle.write(Data(repeating: 0x5A, count: pageSize))
        try handle.close()
        let report = try DatabaseQueue(path: copy).inDatabase { db in
            var verifier = Verifier(db)
            return try verifier.run()
        }
        #expect(report.problem?.kind == "fichier")
        #expect(report.message.contains("SQLite trouve le fichier abîmé"))
    }

    @Test func textInAnIntegerColumnIsNamedNeverACrash() throws {
        let s = try RichLedger.make()
        defer { s.shop.close() }
        try s.ledger.rawExecute("UPDATE categories SET average_grams = 'x' WHERE code = 'VRAC'")
        let report = try s.ledger.verify()
        #expect(report.problem?.table == "categories")
        #expect(report.problem?.reason == "la catégorie « VRAC » ne correspond pas au journal")
    }
}
