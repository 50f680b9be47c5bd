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
        try checkHeader(path)
        do {
            let queue = try DatabaseQueue(path: path, configuration: readOnly(busyTimeout))
            defer { try? queue.close() }
            try queue.read { db in try inspect(db, path: path) }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw LedgerError.notComptoirDatabase(path)
        } catch {
            throw LedgerError.wrap(error)
        }
    }

    private static func readOnly(_ busyTimeout: TimeInterval) -> Configuration {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        return config
    }

    /// Refuses a file that does not begin like an SQLite database, before SQLite sees it.
    static func checkHeader(_ path: String) throws {
        let header: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            header = try handle.read(upToCount: sqliteHeader.count) ?? Data()
        } catch {
            throw LedgerError.storage("impossible de lire \(path)")
        }
        guard Array(header) == sqliteHeader else { throw LedgerError.notComptoirDatabase(path) }
    }

    /// What to open `path` with, read-only. Plain read-only shares the WAL index with tills
    /// that may be writing; SQLite cannot do that in a read-only folder that has no `-shm`
    /// yet, and there `immutable` is right: nobody can be writing (no `-wal` can exist).
    static func readOnlyLocation(_ path: String, busyTimeout: TimeInterval) throws -> String {
        do {
            let queue = try DatabaseQueue(path: path, configuration: readOnly(busyTimeout))
            defer { try? queue.close() }
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") }
            return path
        } catch let error as DatabaseError where [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(error.resultCode) {
            if let wal = PrivateFiles.info(path + "-wal"), wal.size > 0 {
                throw LedgerError.refused("La base « \(path) » a des écritures en attente (fichier -wal) mais son dossier est en "
                    + "lecture seule : copiez le dossier entier sur un disque où vous pouvez écrire, puis recommencez.")
            }
            return immutableURI(path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw LedgerError.notComptoirDatabase(path)
        } catch {
            throw LedgerError.wrap(error)
        }
    }

    /// `file:` URI of a file that does not change while it is read (a backup, a read-only
    /// disk): SQLite then creates no `-wal` or `-shm` beside it and takes no lock.
    static func immutableURI(_ path: String) -> String {
        let escaped = path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "?", with: "%3f")
            .replacingOccurrences(of: "#", with: "%23")
        return "file:" + escaped + "?immutable=1"
    }

    static func inspect(_ db: Database, path: String) throws {
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
