import Foundation
import GRDB

/// Looks at an existing file before the ledger opens it for writing, through a read-only
/// connection, so that a file that is not ours is refused without a single byte changed
/// (opening a writer would already switch it to WAL).
enum DatabaseProbe {
    private static let sqliteHeader = Array("SQLite format 3\0".utf8)

    static func check(path: String, busyTimeout: TimeInterval) throws {
        guard let file = PrivateFiles.info(path) else {
            throw LedgerError.storage("impossible de lire \(path)")
        }
        guard file.isRegular else { throw LedgerError.notComptoirDatabase(path) }
        if file.size == 0 { return }  // SQLite treats an empty file as a new database.
        let header: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            header = try handle.read(upToCount: sqliteHeader.count) ?? Data()
        } catch {
            throw LedgerError.storage("impossible de lire \(path)")
        }
        guard Array(header) == sqliteHeader else { throw LedgerError.notComptoirDatabase(path) }

        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            try queue.read { db in try inspect(db, path: path) }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw LedgerError.notComptoirDatabase(path)
        } catch {
            throw LedgerError.wrap(error)
        }
    }

    private static func inspect(_ db: Database, path: String) throws {
        let tables = try String.fetchSet(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
            """)
        // Only GRDB's bookkeeping: another process is creating the schema right now.
        if tables.subtracting(["grdb_migrations"]).isEmpty { return }
        guard tables.contains("comptoir_meta") else { throw LedgerError.notComptoirDatabase(path) }
        let app: String?
        do {
            app = try String.fetchOne(db, sql: "SELECT value FROM comptoir_meta WHERE key = 'app'")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw LedgerError.notComptoirDatabase(path)  // a comptoir_meta of another shape
        }
        guard app == "comptoir" else { throw LedgerError.notComptoirDatabase(path) }
        if tables.contains("grdb_migrations") {
            let applied = try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
            if !applied.isSubset(of: Set(Migrations.knownIdentifiers)) { throw LedgerError.newerSchema }
        }
    }
}
