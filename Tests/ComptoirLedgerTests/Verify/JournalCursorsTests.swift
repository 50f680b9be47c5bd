import GRDB
import Testing
@testable import ComptoirLedger

/// `JournalCursors.claims`, the one list of the tables walked in step with the journal:
/// every table tied to the journal is in it or replayed elsewhere, and each claim reads
/// its own cursor.
@Suite(.serialized) struct JournalCursorsTests {
    /// Tables with a `journal_seq` that `verify` checks outside the cursors: the
    /// vide-greniers rows (`ConsignmentReplay`), the rules (`MasterDataReplay`) and the
    /// parked tickets (`ParkedReplay`).
    private static let replayedElsewhere: Set<String> = [
        "consigned_items", "rentals", "rental_changes", "payouts", "epicerie_rules", "parked_tickets", "parked_resumptions",
        "shop_settings",
    ]

    @Test func everyTableTiedToTheJournalIsWalkedOrReplayed() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let ledger = try Ledger.open(path: temp.path, pinRounds: 1_000)
        defer { try? ledger.close() }
        let tied = try ledger.read { db in
            try String.fetchSet(db, sql: """
                SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
                WHERE m.type = 'table' AND p.name = 'journal_seq'
                """)
        }
        let claimed = JournalCursors.claims.map(\.table)
        #expect(Set(claimed).count == claimed.count, "a table claimed twice")
        #expect(Set(claimed).isDisjoint(with: Self.replayedElsewhere))
        #expect(Set(claimed).union(Self.replayedElsewhere) == tied)
        // Lines and payments go with their ticket; every other table with its own entry.
        #expect(JournalCursors.claims.filter { $0.claimedBy == .ticket }.map(\.table) == ["ticket_lines", "payments"])
    }

    /// With every cursor but one walked to its end, that one's first row is the only one
    /// left: the claim of its table must name it, from its own cursor.
    @Test func eachClaimReadsItsOwnCursor() throws {
        let s = try RichLedger.make()
        defer { try? s.ledger.close() }
        try s.ledger.read { db in
            for claim in JournalCursors.claims {
                var cursors = try JournalCursors(db)
                let first = try Int64.fetchOne(db, sql: "SELECT journal_seq FROM \(claim.table) ORDER BY id LIMIT 1")
                #expect(first != nil, "the rich ledger has no row in \(claim.table)")
                try Self.walkToTheEnd(&cursors, except: claim.table)
                let leftover = cursors.leftover(JournalCursors.claims)
                #expect(leftover?.table == claim.table)
                #expect(leftover?.seq == first)
                #expect(leftover?.reason.contains(claim.claimedBy == .ticket ? "n'appartient à aucun ticket du journal"
                                                                                : "renvoie à une entrée qui n'est pas dans le journal") == true)
                let stray = cursors.stray(through: first ?? 0, JournalCursors.claims)
                if claim.claimedBy == .entry {
                    #expect(stray?.table == claim.table)
                    #expect(stray?.reason.contains("rattaché") == true)
                    // A row naming a later entry is not stray yet.
                    #expect(cursors.stray(through: (first ?? 1) - 1, JournalCursors.claims) == nil)
                } else {
                    #expect(stray == nil, "\(claim.table) is checked with its ticket")
                }
            }
        }
    }

    /// An entry of a kind a later version writes: its hash and chain are checked, it has
    /// no rows, and a row claiming it is still named, under the kind as stored.
    @Test func anEntryOfAnUnknownKindHasOnlyItsHashCheckedAndClaimsNoRow() throws {
        let shop = try VerifyTests.shopWithSales()
        defer { shop.close() }
        let seq = try shop.ledger.write { db -> Int64 in
            let last = try #require(try Row.fetchOne(db, sql: "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"))
            let seq = (last["seq"] as Int64) + 1, at = "2026-12-05T07:00:00.000Z", kind = "futur.inconnu", payload = "{}"
            var buffer: [UInt8] = [], hex: [UInt8] = []
            Journal.hashHex(seq: seq, at: at, till: TestShop.till, operatorId: nil, kind: kind, payload: payload,
                            prevHash: last["hash"], buffer: &buffer, into: &hex)
            try db.execute(sql: "INSERT INTO journal (seq, at, till, operator_id, kind, payload, prev_hash, hash) VALUES (?, ?, ?, NULL, ?, ?, ?, ?)",
                           arguments: [seq, at, TestShop.till, kind, payload, last["hash"] as String, String(decoding: hex, as: UTF8.self)])
            return seq
        }
        #expect(try shop.ledger.verify().message == "OK — \(seq) entrées")

        try shop.ledger.rawExecute("""
            INSERT INTO cash_movements (session_id, kind, amount_cents, journal_seq, at)
            VALUES (\(shop.session.id), 'drop', -100, \(seq), '2026-12-05T07:00:00.000Z')
            """)
        let problem = try #require(try shop.ledger.verify().problem)
        #expect(problem.seq == seq && problem.kind == "futur.inconnu" && problem.table == "cash_movements")
        #expect(problem.reason == "un mouvement de caisse (drop, -100 centimes) est rattaché à cette entrée, qui ne l'enregistre pas")
    }

    private static func walkToTheEnd(_ c: inout JournalCursors, except table: String) throws {
        if table != "tickets" { while c.tickets.current != nil { try c.tickets.advance() } }
        if table != "ticket_lines" { while c.lines.current != nil { try c.lines.advance() } }
        if table != "payments" { while c.payments.current != nil { try c.payments.advance() } }
        if table != "till_sessions" { while c.sessions.current != nil { try c.sessions.advance() } }
        if table != "cash_movements" { while c.cash.current != nil { try c.cash.advance() } }
        if table != "stock_movements" { while c.stock.current != nil { try c.stock.advance() } }
        if table != "item_movements" { while c.items.current != nil { try c.items.advance() } }
        if table != "session_closings" { while c.closings.current != nil { try c.closings.advance() } }
        if table != "period_closings" { while c.periods.current != nil { try c.periods.advance() } }
        if table != "friperie_flows" { while c.flows.current != nil { try c.flows.advance() } }
    }
}
