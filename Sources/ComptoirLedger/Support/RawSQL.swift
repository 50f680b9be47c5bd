import GRDB

/// Direct SQL, for the tests that play the intruder (drop a trigger, alter a row) and
/// for maintenance tools. Internal: the till never goes around the ledger's rules.
enum RawSQL {
    /// Runs `sql` outside any transaction on a fresh connection to `path` (which may not
    /// be a Comptoir database at all).
    static func execute(path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        try queue.close()
    }
}

extension Ledger {
    /// Runs `sql` on the ledger's writer, outside any transaction.
    func rawExecute(_ sql: String) throws {
        do { try pool.writeWithoutTransaction { db in try db.execute(sql: sql) } } catch {
            throw LedgerError.wrap(error)
        }
    }

    func rawInt(_ sql: String) throws -> Int64? {
        try read { db in try Int64.fetchOne(db, sql: sql) }
    }

    func rawString(_ sql: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: sql) }
    }
}

extension Ledger {
    /// SQLite's plan for `sql`, one detail per line (tests check that the sale path
    /// never scans a whole table).
    func queryPlan(_ sql: String) throws -> String {
        try read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }.joined(separator: "\n")
        }
    }
}
