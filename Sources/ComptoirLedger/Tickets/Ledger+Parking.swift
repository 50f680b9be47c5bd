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
        let millis = Timestamp.millis(Date())
        let id = try write { db -> Int64 in
            try db.execute(sql: "INSERT INTO parked_tickets (till, operator_id, parked_at, lines) VALUES (?, ?, ?, ?)",
                           arguments: [till, operatorId, Timestamp.string(millis: millis), text])
            return db.lastInsertedRowID
        }
        return ParkedTicket(id: id, till: till, parkedAt: Timestamp.date(millis: millis), lines: lines)
    }

    /// Tickets waiting at every till, oldest first.
    public func parkedTickets() throws -> [ParkedTicket] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.id, p.till, p.parked_at, p.lines FROM parked_tickets p
                WHERE NOT EXISTS (SELECT 1 FROM parked_resumptions r WHERE r.parked_id = p.id)
                ORDER BY p.id
                """).compactMap { row in
                guard let lines = CanonicalJSON.decode([CartLine].self, from: row["lines"]) else { return nil }
                return ParkedTicket(id: row["id"], till: row["till"],
                                    parkedAt: Timestamp.date(row["parked_at"]) ?? Date(timeIntervalSince1970: 0), lines: lines)
            }
        }
    }

    /// Takes a parked ticket back; refused when another till took it first.
    public func resumeParked(id: Int64, till: String, operatorId: Int64) throws -> [CartLine] {
        try write { db in
            guard let text = try String.fetchOne(db, sql: "SELECT lines FROM parked_tickets WHERE id = ?", arguments: [id]),
                  let lines = CanonicalJSON.decode([CartLine].self, from: text) else {
                throw LedgerError.refused("Ce ticket en attente n'existe pas.")
            }
            if let other = try String.fetchOne(db, sql: "SELECT till FROM parked_resumptions WHERE parked_id = ?", arguments: [id]) {
                throw LedgerError.refused("Ce ticket en attente a déjà été repris (\(other)).")
            }
            try db.execute(sql: "INSERT INTO parked_resumptions (parked_id, till, operator_id, resumed_at) VALUES (?, ?, ?, ?)",
                           arguments: [id, till, operatorId, Timestamp.string(millis: Timestamp.millis(Date()))])
            return lines
        }
    }
}
