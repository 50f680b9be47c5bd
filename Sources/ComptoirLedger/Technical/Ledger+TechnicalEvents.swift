import Foundation
import GRDB

/// The technical events of the journal: who logged in and out, which exports and backups
/// were written, a clock put back. No table rows; no personal data beyond a user id.
extension Ledger {
    /// `user` logged in at `till` (after the PIN was accepted).
    public func recordLogin(user: Int64, till: String, now: Date? = nil) throws {
        let now = now ?? clock()
        _ = try write { db in
            try self.journal(db, .userLoggedIn, till: till, operatorId: user, TechnicalPayload.Login(user: user, via: nil), now: now)
        }
    }

    /// `user` logged out (F9, Échap) or, with `quitting`, left the program.
    public func recordLogout(user: Int64, quitting: Bool, till: String, now: Date? = nil) throws {
        let now = now ?? clock()
        _ = try write { db in
            try self.journal(db, .userLoggedOut, till: till, operatorId: user,
                             TechnicalPayload.Login(user: user, via: quitting ? "quitter" : "deconnexion"), now: now)
        }
    }

    /// An export wrote `count` rows to `file` (only its name is kept, not its folder).
    public func recordExport(_ kind: ExportKind, file: String, count: Int, operatorId: Int64?, till: String) throws {
        _ = try write { db in
            try self.journal(db, .exportWritten, till: till, operatorId: operatorId,
                             TechnicalPayload.Export(kind: kind.rawValue, file: Self.fileName(file), count: count))
        }
    }

    /// A backup copy was written to `file` (and checked), holding the journal up to `headSeq`.
    public func recordBackup(file: String, headSeq: Int64, operatorId: Int64?, till: String) throws {
        _ = try write { db in
            try self.journal(db, .backupMade, till: till, operatorId: operatorId,
                             TechnicalPayload.Backup(file: Self.fileName(file), headSeq: headSeq))
        }
    }

    /// The last entry a finished copy (a backup) holds; 0 for an empty journal.
    public static func journalHead(ofCopy path: String) throws -> Int64 {
        let copy = try Ledger.openReadOnly(path: path, finished: true)
        defer { try? copy.close() }
        return try copy.chainHead()?.seq ?? 0
    }

    /// The last journal entry's number and time; nil for an empty journal.
    public func lastEntry() throws -> (seq: Int64, at: Date)? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT seq, at FROM journal ORDER BY seq DESC LIMIT 1"),
                  let at = Timestamp.date(row[1] as String) else { return nil }
            return (row[0], at)
        }
    }

    /// The latest-dated of the last `window` entries: once a wrong clock has written
    /// entries, the last one is no longer the latest, and a restart must still see it.
    /// Bounded, so that the start never reads the whole journal.
    func latestRecentEntry(window: Int = 1_000) throws -> (seq: Int64, at: Date)? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT seq, at FROM (SELECT seq, at FROM journal ORDER BY seq DESC LIMIT ?) ORDER BY at DESC LIMIT 1
                """, arguments: [window]),
                  let at = Timestamp.date(row[1] as String) else { return nil }
            return (row[0], at)
        }
    }

    /// At start: when `now` is earlier than an entry already written (the latest-dated of
    /// the recent ones, by more than the tolerance), journals `clock.behind` and returns
    /// it; nil when the clock is fine.
    @discardableResult
    public func checkClock(now: Date? = nil, till: String) throws -> ClockBehind? {
        let now = now ?? clock()
        guard let last = try latestRecentEntry(), now < last.at.addingTimeInterval(-ClockBehind.tolerance) else { return nil }
        _ = try write { db in
            try self.journal(db, .clockBehind, till: till, operatorId: nil,
                             TechnicalPayload.Clock(lastSeq: last.seq, lastAt: Timestamp.string(millis: Timestamp.millis(last.at))),
                             now: now)
        }
        return ClockBehind(lastSeq: last.seq, lastAt: last.at, now: now)
    }

    /// A file's name without its folder: a path may name a person's home.
    static func fileName(_ path: String) -> String {
        (path as NSString).lastPathComponent
    }

    /// True for a file named like a copy this program wrote (`comptoir-AAAAMMJJ-HHMMSS.sqlite`,
    /// `<base>.avant-restauration-…`): a command reading it must not write into it, or its
    /// journal would no longer be a part of the base's history (`restore` would refuse it).
    public static func looksLikeBackup(path: String) -> Bool {
        let name = fileName(path)
        if name.contains(".avant-restauration-") { return true }
        let digits = name.dropFirst("comptoir-".count).prefix(15)
        return name.hasPrefix("comptoir-") && name.hasSuffix(".sqlite") && name.count == "comptoir-20261201-183005.sqlite".count
            && digits.enumerated().allSatisfy { $0.offset == 8 ? $0.element == "-" : $0.element.isASCII && $0.element.isNumber }
    }
}
