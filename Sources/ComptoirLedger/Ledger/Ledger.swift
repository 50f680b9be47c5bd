import ComptoirCore
import Foundation
import GRDB

/// The shop's books: one SQLite file shared by every till of the shop.
///
/// Every business write is one short IMMEDIATE transaction that appends its journal entry
/// together with its rows. Safe to share between threads.
public final class Ledger: Sendable {
    /// The database file.
    public let path: String
    let pool: DatabasePool
    /// PBKDF2 rounds for new PIN hashes (existing hashes keep their own count).
    let pinRounds: Int
    /// The shop's time zone: where a day, a week and a month begin (rights, caps, reports).
    public let timeZone: TimeZone
    /// Where each new journal entry's number and hash is also written, on another disk.
    let witness: WitnessFile?
    /// The file opened, checked before each write: a base deleted or moved while a till
    /// runs must refuse the sale rather than acknowledge it into an unlinked file.
    let identity: FileIdentity?
    /// Opened by `openReadOnly`: no write ever reaches the file.
    public let isReadOnly: Bool
    /// The time source of every date the ledger takes itself (journal entries, sessions,
    /// tickets, closings, backups…) when the caller passes none. The till passes the system
    /// clock; the benchmark advances its own, to write years of history through this API.
    public let clock: @Sendable () -> Date

    /// The system clock: what the till and the command line use.
    public static let systemClock: @Sendable () -> Date = { Date() }

    private init(path: String, pool: DatabasePool, pinRounds: Int, timeZone: TimeZone, witness: WitnessFile? = nil,
                 identity: FileIdentity?, isReadOnly: Bool = false, clock: @escaping @Sendable () -> Date) {
        self.path = path
        self.pool = pool
        self.pinRounds = pinRounds
        self.timeZone = timeZone
        self.witness = witness
        self.identity = identity
        self.isReadOnly = isReadOnly
        self.clock = clock
    }

    public static let parisTime = TimeZone(identifier: "Europe/Paris")!

    /// True when a file is at `path` (whatever it holds; `open` checks the content).
    public static func exists(path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// Opens the ledger at `path`, creating the folder (0700), the file (0600) and the
    /// schema when missing, and applying the migrations this program knows.
    ///
    /// Refuses, without modifying the file: something that is not a Comptoir database
    /// (`.notComptoirDatabase`), a database migrated by a newer Comptoir (`.newerSchema`).
    /// `.locked` when another process keeps the database busy past `busyTimeout` seconds.
    /// With a `witness`, every committed journal entry is also appended to that file.
    public static func open(path: String, pinRounds: Int = 210_000, busyTimeout: TimeInterval = 5,
                            timeZone: TimeZone = parisTime, witness: WitnessFile? = nil,
                            clock: @escaping @Sendable () -> Date = systemClock) throws -> Ledger {
        precondition(pinRounds >= 1, "PBKDF2 needs at least one round")
        let path = URL(fileURLWithPath: path).standardizedFileURL.path
        if exists(path: path) {
            try DatabaseProbe.check(path: path, busyTimeout: busyTimeout)
        } else {
            try PrivateFiles.prepareFolder(for: path)
            try PrivateFiles.createIfMissing(path)
        }

        var config = Configuration()
        config.label = "Comptoir"
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // What is erased (a purged household, a pseudonymised seller, a donor's name)
            // is overwritten with zeros, not left readable in a free page.
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        do {
            let pool = try makePool(path: path, configuration: config, busyTimeout: busyTimeout)
            // The pool sets `synchronous = NORMAL` on its writer when it enables WAL, after
            // prepareDatabase: put FULL back, a committed sale must survive a power cut.
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
            try migrate(pool, clock: clock)
            PrivateFiles.restrict(path)
            return Ledger(path: path, pool: pool, pinRounds: pinRounds, timeZone: timeZone, witness: witness,
                          identity: FileIdentity(path: path), clock: clock)
        } catch {
            throw LedgerError.wrap(error)
        }
    }

    /// Opens an existing ledger for reading only (`verify`, reports, exports, backups):
    /// never creates a folder or a file, never migrates, and works on a read-only disk.
    /// `.noDatabase` when nothing is at `path`. A `finished` copy (a backup: nothing writes
    /// it any more) is read as immutable, leaving no `-wal` or `-shm` beside it.
    public static func openReadOnly(path: String, finished: Bool = false, busyTimeout: TimeInterval = 5,
                                    timeZone: TimeZone = parisTime,
                                    clock: @escaping @Sendable () -> Date = systemClock) throws -> Ledger {
        let path = URL(fileURLWithPath: path).standardizedFileURL.path
        guard exists(path: path) else { throw LedgerError.noDatabase(path) }
        guard let info = PrivateFiles.info(path), info.isRegular, info.size > 0 else {
            throw LedgerError.notComptoirDatabase(path)
        }
        try DatabaseProbe.checkHeader(path)
        let location = finished ? DatabaseProbe.immutableURI(path) : try DatabaseProbe.readOnlyLocation(path, busyTimeout: busyTimeout)
        var config = Configuration()
        config.label = "Comptoir"
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        do {
            let pool = try DatabasePool(path: location, configuration: config)
            try pool.read { db in
                try DatabaseProbe.inspect(db, path: path)
                guard try Migrations.makeMigrator().hasCompletedMigrations(db) else {
                    throw LedgerError.refused("La base « \(path) » n'est pas encore à jour pour cette version de Comptoir. "
                        + "Elle n'a pas été modifiée. Ouvrez-la une fois avec la caisse (qui la met à jour), puis recommencez.")
                }
            }
            return Ledger(path: path, pool: pool, pinRounds: 210_000, timeZone: timeZone, identity: nil, isReadOnly: true,
                          clock: clock)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw LedgerError.notComptoirDatabase(path)
        } catch {
            throw LedgerError.wrap(error)
        }
    }

    /// The pool; switching a file to WAL needs it to itself for an instant, and SQLite
    /// answers BUSY at once (without the busy handler) when another till opens it at the
    /// same moment, so that step is retried until the busy timeout.
    private static func makePool(path: String, configuration: Configuration, busyTimeout: TimeInterval) throws -> DatabasePool {
        let deadline = Date().addingTimeInterval(busyTimeout)
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
    }

    /// Runs the migrations. GRDB reads the applied list outside the migration's
    /// transaction, so a till starting at the same instant may fail on "table exists":
    /// look again and retry, the other process has done the work. It can win the race
    /// once per migration, so there is a retry for each (ten migrations lost three).
    private static func migrate(_ pool: DatabasePool, clock: @escaping @Sendable () -> Date) throws {
        let migrator = Migrations.makeMigrator(clock: clock)
        var attempt = 0
        while true {
            do {
                try migrator.migrate(pool)
            } catch {
                attempt += 1
                let superseded = (try? pool.read { try migrator.hasBeenSuperseded($0) }) ?? false
                if superseded { throw LedgerError.newerSchema }
                if attempt <= migrator.migrations.count { continue }
                throw error
            }
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) { throw LedgerError.newerSchema }
            return
        }
    }

    /// Closes the connections; the ledger must not be used afterwards.
    public func close() throws {
        do { try pool.close() } catch { throw LedgerError.wrap(error) }
    }

    /// The shop's random fingerprint (hex), to which the first journal entry chains.
    public func fingerprint() throws -> String {
        try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM comptoir_meta WHERE key = 'fingerprint'") ?? ""
        }
    }

    /// Number of journal entries (the last seq, the sequence being gapless).
    public func journalEntryCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM journal") ?? 0 }
    }

    // MARK: - Transactions

    /// One short IMMEDIATE write transaction: the write lock is taken at BEGIN, so two
    /// tills never both read "last number = 41" and the busy timeout applies from the
    /// start. (GRDB 7 already picks IMMEDIATE for `write`; being explicit keeps it so.)
    ///
    /// Before anything is written, the file at `path` must still be the one opened (one
    /// `stat`). After the commit, the new entries go to the witness file; its failure is
    /// reported to the witness, never to the caller: the sale is committed.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        let (result, appended): (T, [ChainHead])
        do {
            (result, appended) = try pool.writeWithoutTransaction { db in
                var result: T?
                var appended: [ChainHead] = []
                try db.inTransaction(.immediate) {
                    if let identity, FileIdentity(path: path) != identity { throw LedgerError.databaseMoved(path) }
                    let before = witness == nil ? 0 : try Self.lastSeq(db)
                    result = try body(db)
                    if witness != nil { appended = try Self.entries(db, after: before) }
                    return .commit
                }
                return (result!, appended)
            }
        } catch {
            throw LedgerError.wrap(error)
        }
        if let witness, !appended.isEmpty { witness.append(appended) }
        return result
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read { db in try body(db) }
        } catch {
            throw LedgerError.wrap(error)
        }
    }
}
