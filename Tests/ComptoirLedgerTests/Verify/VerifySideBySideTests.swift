import ComptoirCore
import Foundation
import GRDB
import Testing
@testable import ComptoirLedger

/// `verify` walks the hash chain, the ticket lines and the tables on three readers side by
/// side: its report must be, finding for finding, the single walk's.
@Suite struct VerifySideBySideTests {
    /// The single walk on one reader, as before.
    private static func single(_ ledger: Ledger) throws -> VerifyReport {
        try ledger.read { db in
            var verifier = Verifier(db, timeZone: ledger.timeZone)
            return try verifier.run(checkFile: false)
        }
    }

    private static func sideBySide(_ ledger: Ledger) throws -> VerifyReport? {
        try ledger.verifySideBySide(progress: nil, anchors: { _ in [] })
    }

    /// `changes` on a fresh rich ledger; both walks must name the same problem, with the same count.
    private static func expectSame(_ changes: [String], expectProblem: Bool = true,
                                   sourceLocation: SourceLocation = #_sourceLocation) throws -> VerifyReport {
        let s = try RichLedger.make()
        defer { s.shop.close() }
        for sql in changes { try s.ledger.rawExecute(sql) }
        let single = try Self.single(s.ledger)
        let raced = try #require(try Self.sideBySide(s.ledger), sourceLocation: sourceLocation)
        #expect(raced == single, sourceLocation: sourceLocation)
        #expect((single.problem != nil) == expectProblem, "\(single.message)", sourceLocation: sourceLocation)
        return single
    }

    @Test func anIntactLedgerReadsTheSame() throws {
        let report = try Self.expectSame([], expectProblem: false)
        #expect(report.entries > 50)
    }

    @Test func aRowChangedAloneIsTheTablesFinding() throws {
        let report = try Self.expectSame([
            "DROP TRIGGER ticket_lines_no_update",
            "UPDATE ticket_lines SET label = 'x' WHERE id = (SELECT max(id) FROM ticket_lines)",
        ])
        #expect(report.problem?.table == "ticket_lines")
    }

    @Test func anEntryChangedAloneIsTheChainsFinding() throws {
        let report = try Self.expectSame([
            "DROP TRIGGER journal_no_update",
            "UPDATE journal SET at = at || ' ' WHERE seq = 20",
        ])
        #expect(report.problem?.seq == 20 && report.problem?.table == "journal")
    }

    @Test func theEarlierFindingWinsWhicheverWalkMadeIt() throws {
        // The chain broken late, a line changed early: the line.
        let lateChain = try Self.expectSame([
            "DROP TRIGGER journal_no_update", "DROP TRIGGER ticket_lines_no_update",
            "UPDATE journal SET at = at || ' ' WHERE seq = (SELECT max(seq) FROM journal)",
            "UPDATE ticket_lines SET label = 'x' WHERE id = 1",
        ])
        #expect(lateChain.problem?.table == "ticket_lines")
        // The chain broken early, a line changed late: the chain.
        let earlyChain = try Self.expectSame([
            "DROP TRIGGER journal_no_update", "DROP TRIGGER ticket_lines_no_update",
            "UPDATE journal SET at = at || ' ' WHERE seq = 3",
            "UPDATE ticket_lines SET label = 'x' WHERE id = (SELECT max(id) FROM ticket_lines)",
        ])
        #expect(earlyChain.problem?.seq == 3 && earlyChain.problem?.table == "journal")
    }

    @Test func onTheSameEntryTheChainComesFirst() throws {
        let report = try Self.expectSame([
            "DROP TRIGGER journal_no_update", "DROP TRIGGER tickets_no_update",
            "UPDATE journal SET at = at || ' ' WHERE seq = (SELECT journal_seq FROM tickets WHERE id = 2)",
            "UPDATE tickets SET till = 'x' WHERE id = 2",
        ])
        #expect(report.problem?.table == "journal")
    }

    @Test func aFindingAfterTheWalkYieldsToAnyChainFinding() throws {
        // A dropped trigger is named after the walk: a broken chain anywhere comes first.
        let report = try Self.expectSame([
            "DROP TRIGGER journal_no_update",
            "UPDATE journal SET at = at || ' ' WHERE seq = (SELECT max(seq) FROM journal)",
        ])
        #expect(report.problem?.table == "journal")
        let schema = try Self.expectSame(["DROP TRIGGER payments_no_update"])
        #expect(schema.problem?.kind == "schéma")
        // Entries missing at the end: a gap the chain names, rows left over the tables would.
        let gap = try Self.expectSame(["DROP TRIGGER journal_no_delete", "DELETE FROM journal WHERE seq = 5"])
        #expect(gap.problem?.seq == 6)
    }

    @Test func aLineMissingOrCopiedIsNamedThroughTheLinesReadAhead() throws {
        let deleted = try Self.expectSame([
            "DROP TRIGGER ticket_lines_no_delete", "DELETE FROM ticket_lines WHERE id = 3",
        ])
        #expect(deleted.problem?.table == "ticket_lines")
        let copied = try Self.expectSame([
            "DROP TRIGGER ticket_lines_no_replace",
            "INSERT INTO ticket_lines (ticket_id, position, code, label, activity, unit_price_cents, quantity, amount_cents, journal_seq) SELECT ticket_id, 99, code, label, activity, unit_price_cents, quantity, amount_cents, journal_seq FROM ticket_lines WHERE id = (SELECT max(id) FROM ticket_lines)",
        ])
        #expect(copied.problem != nil)
    }

    @Test func theLedgersVerifyGivesTheSameReportAsTheSingleWalk() throws {
        let s = try RichLedger.make()
        defer { s.shop.close() }
        try s.ledger.rawExecute("DROP TRIGGER payments_no_update")
        try s.ledger.rawExecute("UPDATE payments SET given_cents = given_cents + 1 WHERE id = 2")
        #expect(try s.ledger.verify() == (try Self.single(s.ledger)))
    }
}
