import ComptoirCore
import Foundation
import GRDB

/// A backup (or any finished copy of a base) opened without changing one byte of it, nor
/// leaving a `-wal` or `-shm` beside it: `immutable`, since nothing writes a finished copy.
/// A copy with a `-wal` of its own (a live base given as a backup) is read through SQLite's
/// read-only mode instead, so that its last transactions are seen.
struct BackupFile {
    let path: String
    let queue: DatabaseQueue

    init(path: String) throws {
        self.path = path
        try DatabaseProbe.checkHeader(path)
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(5)
        let live = (PrivateFiles.info(path + "-wal")?.size ?? 0) > 0
        do {
            queue = try DatabaseQueue(path: live ? path : DatabaseProbe.immutableURI(path), configuration: config)
            try queue.read { db in try DatabaseProbe.inspect(db, path: path) }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw LedgerError.notComptoirDatabase(path)
        } catch {
            throw LedgerError.wrap(error)
        }
    }

    func close() { try? queue.close() }

    func fingerprint() throws -> String {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM comptoir_meta WHERE key = 'fingerprint'") ?? "" }
    }

    /// True for a training copy (`mode formation`): its sales never happened.
    func isTrainingCopy() throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM comptoir_meta WHERE key = 'training')") ?? false }
    }

    /// Entry `seq` (the last one when nil) with its stored time.
    func head(at seq: Int64?) throws -> (head: ChainHead, at: String)? {
        try read { db in
            let row = try seq.map { try Row.fetchOne(db, sql: "SELECT seq, hash, at FROM journal WHERE seq = ?", arguments: [$0]) }
                ?? Row.fetchOne(db, sql: "SELECT seq, hash, at FROM journal ORDER BY seq DESC LIMIT 1")
            return row.map { (ChainHead(seq: $0[0], hash: $0[1]), $0[2]) }
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.read(body) } catch { throw LedgerError.wrap(error) }
    }
}
