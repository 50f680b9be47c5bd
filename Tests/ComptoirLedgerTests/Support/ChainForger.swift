import Foundation
import GRDB
@testable import ComptoirLedger

/// The intruder of the threat model: holds the file and sqlite3, drops the journal's
/// triggers, rewrites what they want, recomputes every hash with the documented formula
/// and puts the triggers back as they were, so that the base verifies on its own.
enum ChainForger {
    /// Replaces entry `seq`'s `till` (a field no table is compared with) and re-hashes
    /// the chain from there on.
    static func rewrite(path: String, seq: Int64, till: String) throws {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        try queue.writeWithoutTransaction { db in
            try withoutJournalTriggers(db) {
                try db.execute(sql: "UPDATE journal SET till = ? WHERE seq = ?", arguments: [till, seq])
                try rehash(db, from: seq)
            }
        }
    }

    /// Replaces entry `seq`'s payload and re-hashes the chain from there on.
    static func rewrite(path: String, seq: Int64, payload: String) throws {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        try queue.writeWithoutTransaction { db in
            try withoutJournalTriggers(db) {
                try db.execute(sql: "UPDATE journal SET payload = ? WHERE seq = ?", arguments: [payload, seq])
                try rehash(db, from: seq)
            }
        }
    }

    /// Replaces `old` by `new` in entry `seq`'s payload and runs `rows` on `table` with its
    /// update trigger set aside (the rows made to match), then re-hashes the chain.
    static func rewritePayload(path: String, seq: Int64, replacing old: String, with new: String, table: String, rows: String) throws {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        try queue.writeWithoutTransaction { db in
            try withoutJournalTriggers(db) {
                try db.execute(sql: "UPDATE journal SET payload = replace(payload, ?, ?) WHERE seq = ?", arguments: [old, new, seq])
                let trigger = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [table + "_no_update"])!
                try db.execute(sql: "DROP TRIGGER \(table)_no_update")
                try db.execute(sql: rows)
                try db.execute(sql: trigger)
                try rehash(db, from: seq)
            }
        }
    }

    /// Removes every entry after `keep` (entries without rows of their own).
    static func truncate(path: String, keep: Int64) throws {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        try queue.writeWithoutTransaction { db in
            try withoutJournalTriggers(db) {
                try db.execute(sql: "DELETE FROM journal WHERE seq > ?", arguments: [keep])
            }
        }
    }

    private static func withoutJournalTriggers(_ db: Database, _ body: () throws -> Void) throws {
        let triggers = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'journal'")
        for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(trigger["name"] as String)") }
        try body()
        for trigger in triggers { try db.execute(sql: trigger["sql"]) }
    }

    private static func rehash(_ db: Database, from seq: Int64) throws {
        var previous = try String.fetchOne(db, sql: "SELECT hash FROM journal WHERE seq = ?", arguments: [seq - 1])
            ?? String.fetchOne(db, sql: "SELECT value FROM comptoir_meta WHERE key = 'fingerprint'")!
        var buffer: [UInt8] = [], hex: [UInt8] = []
        for row in try Row.fetchAll(db, sql: "SELECT seq, at, till, operator_id, kind, payload FROM journal WHERE seq >= ? ORDER BY seq",
                                    arguments: [seq]) {
            Journal.hashHex(seq: row[0], at: row[1], till: row[2], operatorId: row[3], kind: row[4], payload: row[5],
                            prevHash: previous, buffer: &buffer, into: &hex)
            let hash = String(decoding: hex, as: UTF8.self)
            try db.execute(sql: "UPDATE journal SET prev_hash = ?, hash = ? WHERE seq = ?", arguments: [previous, hash, row[0] as Int64])
            previous = hash
        }
    }
}
