import ComptoirCore
import GRDB

extension Ledger {
    /// The last journal entry's number and hash; nil for an empty journal.
    public func chainHead() throws -> ChainHead? {
        try read { db in try Self.head(db, sql: "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1") }
    }

    /// The entry `seq`'s number and hash (what a receipt or a Z printed); nil when absent.
    public func chainHead(at seq: Int64) throws -> ChainHead? {
        try read { db in try Self.head(db, sql: "SELECT seq, hash FROM journal WHERE seq = ?", arguments: [seq]) }
    }

    static func head(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> ChainHead? {
        try Row.fetchOne(db, sql: sql, arguments: arguments).map { ChainHead(seq: $0[0], hash: $0[1]) }
    }

    static func lastSeq(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(seq), 0) FROM journal")) ?? 0
    }

    /// The entries appended after `seq`, in order (the witness's new lines).
    static func entries(_ db: Database, after seq: Int64) throws -> [ChainHead] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT seq, hash FROM journal WHERE seq > ? ORDER BY seq"), arguments: [seq])
            .map { ChainHead(seq: $0[0], hash: $0[1]) }
    }
}
