import Foundation
import GRDB
import Testing
@testable import ComptoirLedger

/// SQLite's own failures reach the user in French, and each says what it is: a full disk,
/// a base that cannot be written, a damaged file, a busy base.
@Suite struct StorageErrorTests {
    private func sqliteError(_ body: () throws -> Void) -> LedgerError? {
        do { try body() } catch { return LedgerError.wrap(error) }
        return nil
    }

    @Test func aFullDiskSaysDisquePlein() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        try FileManager.default.createDirectory(atPath: temp.folder, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: temp.folder + "/full.sqlite")
        // A page limit is SQLite's real SQLITE_FULL, without filling the machine's disk.
        let error = sqliteError {
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE t(x BLOB)")
                try db.execute(sql: "PRAGMA max_page_count = 3")
                for _ in 0..<50 { try db.execute(sql: "INSERT INTO t VALUES (zeroblob(4000))") }
            }
        }
        #expect(error == .diskFull)
        #expect(error?.message.hasPrefix("Le disque est plein") == true)
    }

    /// Root ignores file modes, so the base is opened read-only by SQLite itself: the write
    /// fails with SQLITE_READONLY, as it does for a till without rights on the file.
    @Test func aReadOnlyBaseSaysLectureSeuleNotDisquePlein() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        try FileManager.default.createDirectory(atPath: temp.folder, withIntermediateDirectories: true)
        let path = temp.folder + "/ro.sqlite"
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE t(x)") }
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        let error = sqliteError { try queue.writeWithoutTransaction { db in try db.execute(sql: "INSERT INTO t VALUES (1)") } }
        #expect(error == .readOnly)
        let message = try #require(error?.message)
        #expect(message.contains("lecture seule"))
        #expect(message.contains("droits insuffisants"))
        #expect(!message.contains("plein"))
    }

    @Test func aDamagedFileSaysAbime() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        try FileManager.default.createDirectory(atPath: temp.folder, withIntermediateDirectories: true)
        let path = temp.folder + "/bad.sqlite"
        try Data(repeating: 0x42, count: 8192).write(to: URL(fileURLWithPath: path))
        let error = sqliteError {
            let queue = try DatabaseQueue(path: path)
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") }
        }
        #expect(error == .damaged)
        #expect(error?.message.contains("abîmé, ou ce n'est pas une base Comptoir") == true)
    }

    @Test func busyAndOtherCodesAreFrench() {
        #expect(LedgerError.wrap(DatabaseError(resultCode: .SQLITE_BUSY)) == .locked)
        #expect(LedgerError.wrap(DatabaseError(resultCode: .SQLITE_LOCKED)) == .locked)
        #expect(LedgerError.locked.message.contains("occupée par un autre programme Comptoir (une autre caisse"))
        #expect(LedgerError.wrap(DatabaseError(resultCode: .SQLITE_PERM)) == .readOnly)
        let io = LedgerError.wrap(DatabaseError(resultCode: .SQLITE_IOERR, message: "disk I/O error"))
        #expect(io == .storage("erreur d'entrée-sortie du disque"))
        #expect(!io.message.contains("disk"))
        #expect(!io.message.contains("plein"))
    }
}
