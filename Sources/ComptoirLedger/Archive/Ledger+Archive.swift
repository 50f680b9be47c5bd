import ComptoirCore
import Crypto
import Foundation
import GRDB

/// What `writeArchive` wrote.
public struct ArchiveSummary: Sendable {
    public var path: String
    public var manifest: ArchiveManifest
    public var sessions: Int
    public var periods: Int
    /// True when the sealing key was created for this archive.
    public var keyCreated: Bool
}

extension Ledger {
    /// The private half of the sealing key: beside the base, readable by its owner only.
    public var sealingKeyPath: String { path + ".cle" }

    /// The public keys the journal recorded (`archive.key`), oldest first.
    public func sealingKeys() throws -> [String] {
        try read { db in try Self.sealingKeys(db) }
    }

    static func sealingKeys(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT payload FROM journal WHERE kind = ? ORDER BY seq",
                            arguments: [JournalKind.archiveKey.rawValue])
            .compactMap { CanonicalJSON.decode(ArchiveKeyPayload.self, from: $0)?.publicKey }
    }

    /// Writes the sealed archive of `year` to `path` (a new file, 0600): the year's journal
    /// entries (a whole range of numbers, so the chain holds), its Z's and period closings,
    /// the README of the columns, and the manifest signed with the shop's key. The archive
    /// is read from one snapshot of the base, then journaled (`archive.sealed`). On any
    /// failure no file is left behind.
    /// `registre`: the year's registre des objets mobiliers is sealed with it (its own file).
    public func writeArchive(year: Int, to path: String, shopName: String, siret: String, by actor: Int64, till: String,
                             registre: Bool = false, now: Date? = nil, progress: ((Int, Int) -> Void)? = nil) throws -> ArchiveSummary {
        let now = now ?? clock()
        try read { db in try self.checkActor(db, actor) }
        // Never over an existing file, a link or the base; written beside it, then renamed.
        let target = try SafeOutputFile(path: path, replace: false, protected: ownFiles, forceOption: nil)
        let bounds = (Timestamp.start(of: CalendarDay(year: year, month: 1, day: 1), in: timeZone),
                      Timestamp.start(of: CalendarDay(year: year + 1, month: 1, day: 1), in: timeZone))
        guard try read({ db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM journal WHERE at >= ? AND at < ?)", arguments: [bounds.0, bounds.1])
        }) == true else { throw Self.emptyYear(year) }
        // The file first: a missing folder must not leave a new key behind.
        let partial = target.temporaryPath
        var file: ArchiveFile
        do { file = ArchiveFile(try ZipWriter(path: partial, modified: now, timeZone: timeZone)) } catch { throw Self.archiveFailure(error) }
        var summary: ArchiveSummary
        let key: SealingKey, created: Bool
        do {
            (key, created) = try SealingKey.loadOrCreate(path: sealingKeyPath)
            try write { db in
                if !(try Self.sealingKeys(db).contains(key.publicKey)) {
                    try self.journal(db, .archiveKey, till: till, operatorId: actor, ArchiveKeyPayload(publicKey: key.publicKey))
                }
            }
            summary = try read { db in
                try self.writeArchive(db, year: year, between: bounds, into: &file, key: key, shopName: shopName, siret: siret,
                                      registre: registre, now: now, progress: progress)
            }
            try file.zip.finish()
        } catch {
            file.zip.abandon()
            throw Self.archiveFailure(error)
        }
        try target.commit()
        summary.path = path
        summary.keyCreated = created
        let sealed = ArchiveSealedPayload(year: year, file: (path as NSString).lastPathComponent,
                                          manifestSha256: Hex.string(SHA256.hash(data: Data(summary.manifest.text.utf8))),
                                          firstSeq: summary.manifest.firstSeq, lastSeq: summary.manifest.lastSeq)
        try write { db in _ = try self.journal(db, .archiveSealed, till: till, operatorId: actor, sealed) }
        return summary
    }

    private func writeArchive(_ db: Database, year: Int, between bounds: (String, String), into file: inout ArchiveFile,
                              key: SealingKey, shopName: String, siret: String, registre: Bool, now: Date,
                              progress: ((Int, Int) -> Void)?) throws -> ArchiveSummary {
        let (start, end) = bounds
        guard let first = try Int64.fetchOne(db, sql: "SELECT MIN(seq) FROM journal WHERE at >= ? AND at < ?", arguments: [start, end]),
              let last = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM journal WHERE at >= ? AND at < ?", arguments: [start, end]) else {
            throw Self.emptyYear(year)
        }
        let sessionCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM session_closings WHERE journal_seq BETWEEN ? AND ?",
                                            arguments: [first, last]) ?? 0
        let periodCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM period_closings WHERE journal_seq BETWEEN ? AND ?",
                                           arguments: [first, last]) ?? 0
        let total = Int(last - first + 1) + sessionCount + periodCount
        var done = 0
        func step() {
            done += 1
            if done % 2_000 == 0 || done == total { progress?(done, total) }
        }
        progress?(0, total)
        var files: [ArchiveManifest.File] = []

        try file.begin(SealedArchive.readme)
        try file.write(SealedArchive.readmeText(year: year, shop: shopName))
        files.append(try file.end())

        try file.begin(SealedArchive.journal, header: SealedArchive.journalHeader)
        var previous = ""
        var lastHash = ""
        let rows = try Row.fetchCursor(db, sql: """
            SELECT seq, at, till, operator_id, kind, payload, prev_hash, hash FROM journal WHERE seq BETWEEN ? AND ? ORDER BY seq
            """, arguments: [first, last])
        while let row = try rows.next() {
            let seq: Int64 = row[0]
            let operatorId: Int64? = row[3]
            if seq == first { previous = row[6] }
            lastHash = row[7]
            try file.row([String(seq), row[1], row[2], operatorId.map(String.init) ?? "", row[4], row[5], row[6], row[7]])
            step()
        }
        files.append(try file.end())

        try file.begin(SealedArchive.sessions, header: SealedArchive.sessionsHeader)
        let closings = try Row.fetchCursor(db, sql: """
            SELECT c.session_id, s.till, s.opened_at, s.float_cents, c.closed_at, u.first_name, c.counted_cents, c.journal_seq,
                   c.report
            FROM session_closings c JOIN till_sessions s ON s.id = c.session_id JOIN users u ON u.id = c.closed_by
            WHERE c.journal_seq BETWEEN ? AND ? ORDER BY c.journal_seq
            """, arguments: [first, last])
        while let row = try closings.next() {
            try file.row((0..<9).map { Self.text(row[$0]) })
            step()
        }
        files.append(try file.end())

        try file.begin(SealedArchive.periods, header: SealedArchive.periodsHeader)
        let periods = try Row.fetchCursor(db, sql: """
            SELECT p.kind, p.period, p.closed_at, u.first_name, p.journal_seq, p.report
            FROM period_closings p JOIN users u ON u.id = p.closed_by
            WHERE p.journal_seq BETWEEN ? AND ? ORDER BY p.journal_seq
            """, arguments: [first, last])
        while let row = try periods.next() {
            try file.row((0..<6).map { Self.text(row[$0]) })
            step()
        }
        files.append(try file.end())

        if registre {
            try file.begin(SealedArchive.registre)
            let entries = try Self.objectRegister(db, from: CalendarDay(year: year, month: 1, day: 1),
                                                  to: CalendarDay(year: year, month: 12, day: 31), timeZone: timeZone)
            try file.write(ObjectRegisterCSV.file(entries, timeZone: timeZone))
            files.append(try file.end())
        }

        let closed = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM period_closings WHERE kind = 'annee' AND period = ?)",
                                       arguments: [String(year)]) ?? false
        let manifest = ArchiveManifest(shopName: shopName, siret: siret, year: year, yearClosed: closed, firstSeq: first,
                                       lastSeq: last, previousHash: previous, lastHash: lastHash,
                                       createdAt: Timestamp.string(millis: Timestamp.millis(now)), publicKey: key.publicKey,
                                       files: files)
        let text = Data(manifest.text.utf8)
        try file.zip.begin(SealedArchive.manifest)
        try file.zip.write(text)
        try file.zip.end()
        try file.zip.begin(SealedArchive.signature)
        try file.zip.write(try key.sign(text).base64EncodedString() + "\n")
        try file.zip.end()
        return ArchiveSummary(path: "", manifest: manifest, sessions: sessionCount, periods: periodCount, keyCreated: false)
    }

    private static func text(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return ""
        case .int64(let n): return String(n)
        case .string(let s): return s
        case .double(let d): return String(d)
        case .blob: return ""
        }
    }

    private static func emptyYear(_ year: Int) -> LedgerError {
        .refused("Le journal n'a aucune écriture en \(year) : il n'y a rien à archiver.")
    }

    /// A disk or a support that fails while the archive is written says so, not "the base".
    private static func archiveFailure(_ error: Error) -> Error {
        guard case LedgerError.storage(let detail) = error else { return error }
        return LedgerError.refused("L'archive n'a pas été écrite : \(detail). Rien n'a été laissé à moitié ; "
            + "vérifiez le dossier et la place libre, puis recommencez.")
    }
}

/// The archive being written, and the SHA-256 of the file being written into it.
struct ArchiveFile {
    var zip: ZipWriter
    private var name = ""
    private var hash = SHA256()

    init(_ zip: ZipWriter) { self.zip = zip }

    mutating func begin(_ name: String, header: [String]? = nil) throws {
        self.name = name
        hash = SHA256()
        try zip.begin(name)
        if let header {
            try write(CSVTable.byteOrderMark)
            try row(header)
        }
    }

    mutating func write(_ text: String) throws { try write(Array(text.utf8)) }

    mutating func write(_ bytes: [UInt8]) throws {
        hash.update(data: bytes)
        try zip.write(bytes)
    }

    mutating func row(_ fields: [String]) throws { try write(CSVTable.line(fields)) }

    mutating func end() throws -> ArchiveManifest.File {
        try zip.end()
        return ArchiveManifest.File(name: name, sha256: Hex.string(hash.finalize()))
    }
}
