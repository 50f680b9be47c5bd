import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// Puts a ticket aside. Nothing is sold: the lines are kept as they are.
    public func park(_ lines: [CartLine], till: String, operatorId: Int64) throws -> ParkedTicket {
        guard !lines.isEmpty else { throw LedgerError.refused("Le ticket est vide : rien à mettre en attente.") }
        let text: String
        do { text = try CanonicalJSON.encode(lines) } catch {
            throw LedgerError.storage("ticket en attente impossible à encoder")
        }
        let (id, stamp) = try write { db -> (Int64, JournalStamp) in
            let id = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM parked_tickets") ?? 1
            let stamp = try journal(db, .ticketParked, till: till, operatorId: operatorId, ParkedPayload(parked: id, lines: text))
            try db.execute(sql: """
                INSERT INTO parked_tickets (id, till, operator_id, parked_at, lines, journal_seq) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [id, till, operatorId, stamp.at, text, stamp.seq])
            return (id, stamp)
        }
        return ParkedTicket(id: id, till: till, parkedAt: stamp.date, lines: lines)
    }

    /// Tickets waiting at every till, oldest first.
    public func parkedTickets() throws -> [ParkedTicket] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.id, p.till, p.parked_at, p.lines FROM parked_tickets p
                WHERE p.journal_seq IS NOT NULL AND NOT EXISTS (SELECT 1 FROM parked_resumptions r WHERE r.parked_id = p.id)
                ORDER BY p.id
                """).compactMap { row in
                guard let lines = CanonicalJSON.decode([CartLine].self, from: row["lines"]) else { return nil }
                return ParkedTicket(id: row["id"], till: row["till"],
                                    parkedAt: Timestamp.date(row["parked_at"]) ?? Date(timeIntervalSince1970: 0), lines: lines)
            }
        }
    }

    /// Takes a parked ticket back; refused when another till took it first, and when the
    /// row is not exactly what its journal entry says (a ticket slipped into the table
    /// with made-up prices never reaches a sale).
    public func resumeParked(id: Int64, till: String, operatorId: Int64) throws -> [CartLine] {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: """
                      SELECT p.till, p.operator_id, p.parked_at, p.lines, j.kind, j.till AS jtill, j.operator_id AS joperator,
                             j.at AS jat, j.payload
                      FROM parked_tickets p LEFT JOIN journal j ON j.seq = p.journal_seq WHERE p.id = ?
                      """, arguments: [id]),
                  let text = row.safeText("lines") else {
                throw LedgerError.refused("Ce ticket en attente n'existe pas.")
            }
            let expected = try? CanonicalJSON.encode(ParkedPayload(parked: id, lines: text))
            guard row.safeText("kind") == JournalKind.ticketParked.rawValue, row.safeText("payload") == expected,
                  row.safeText("jtill") == row.safeText("till"), row.safeText("jat") == row.safeText("parked_at"),
                  row.safeInt("joperator") == row.safeInt("operator_id"),
                  let lines = CanonicalJSON.decode([CartLine].self, from: text) else {
                throw LedgerError.refused(
                    "Ce ticket en attente ne correspond pas au journal : il n'est pas repris. Refaites le ticket et prévenez un responsable (comptoir verify).")
            }
            if let other = try String.fetchOne(db, sql: "SELECT till FROM parked_resumptions WHERE parked_id = ?", arguments: [id]) {
                throw LedgerError.refused("Ce ticket en attente a déjà été repris (\(other)).")
            }
            let stamp = try journal(db, .ticketResumed, till: till, operatorId: operatorId, ResumedPayload(parked: id))
            try db.execute(sql: """
                INSERT INTO parked_resumptions (parked_id, till, operator_id, resumed_at, journal_seq) VALUES (?, ?, ?, ?, ?)
                """, arguments: [id, till, operatorId, stamp.at, stamp.seq])
            return lines
        }
    }
}
