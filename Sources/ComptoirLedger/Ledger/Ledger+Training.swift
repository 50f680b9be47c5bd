import Foundation
import GRDB

extension Ledger {
    /// Makes the training database ("mode formation"): a fresh copy of this ledger at
    /// `path` (users, catalog, open sessions and history included, so volunteers practise
    /// on familiar ground), replacing an earlier one. Sales made there never reach this
    /// ledger. The copy's `comptoir_meta` gets a `training` row (`restore` refuses it).
    /// Returns the training ledger, opened.
    public func makeTrainingCopy(at path: String) throws -> Ledger {
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        guard standardized != self.path else {
            throw LedgerError.refused("La base de formation doit être un autre fichier que la base réelle.")
        }
        try Self.removeDatabaseFiles(standardized, failure: "impossible de remplacer l'ancienne base de formation")
        try PrivateFiles.prepareFolder(for: standardized)
        // VACUUM cannot run inside a transaction: the writer connection, without one. It
        // copies one consistent state even while other tills keep selling.
        do {
            try pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [standardized]) }
        } catch {
            throw LedgerError.wrap(error)
        }
        PrivateFiles.restrict(standardized)
        let training = try Ledger.open(path: standardized, pinRounds: pinRounds, timeZone: timeZone, clock: clock)
        // Marked, so that a training copy can never be restored as the shop's books; the
        // last real ticket number is kept so that practice tickets are shown F-1, F-2…
        try training.write { db in
            try db.execute(sql: "INSERT INTO comptoir_meta (key, value) VALUES ('training', ?)",
                           arguments: [Timestamp.string(millis: Timestamp.millis(clock()))])
            let last = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(number), 0) FROM tickets") ?? 0
            try db.execute(sql: "INSERT INTO comptoir_meta (key, value) VALUES ('training_base', ?)", arguments: ["\(last)"])
        }
        return training
    }

    /// Deletes a closed training copy (and its WAL files): it holds the shop's personal data
    /// as it was when training began, which the retention periods would never reach. The
    /// next training makes a fresh one anyway. Refuses the real ledger's own file.
    public func removeTrainingCopy(at path: String) throws {
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        guard standardized != self.path else {
            throw LedgerError.refused("La base de formation doit être un autre fichier que la base réelle.")
        }
        try Self.removeDatabaseFiles(standardized, failure: "impossible d'effacer la base de formation")
    }

    /// A base and its WAL files, removed where present.
    private static func removeDatabaseFiles(_ path: String, failure: String) throws {
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            do { try FileManager.default.removeItem(atPath: path + suffix) } catch {
                throw LedgerError.storage("\(failure) (\(error.localizedDescription))")
            }
        }
    }

    /// For a training copy, the last real ticket number at copy time (ticket `base + n`
    /// is shown `F-n`); nil for the real ledger.
    public func trainingBase() throws -> Int64? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM comptoir_meta WHERE key = 'training_base'").flatMap { Int64($0) }
        }
    }

    /// The till's name as it goes into the training copy's file name: letters, digits,
    /// `-` and `_` kept, anything else `_`.
    public static func trainingFileName(till: String) -> String {
        let kept = till.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_")
                ? Character(scalar) : "_"
        }
        return kept.isEmpty ? "caisse" : String(kept)
    }

    /// Journals, in this (real) ledger, that `till` enters or leaves training mode with
    /// `copy` as its practice base, allowed by the responsable `authorizedBy`.
    public func recordTraining(started: Bool, till: String, operatorId: Int64, authorizedBy: Int64, copy: String,
                               reason: String) throws {
        guard try trainingBase() == nil else {
            throw LedgerError.refused("Le mode formation se note dans la vraie caisse, pas dans sa copie.")
        }
        try write { db in
            try self.checkActor(db, authorizedBy)
            try self.journal(db, started ? .trainingStarted : .trainingEnded, till: till, operatorId: operatorId,
                             TrainingPayload(authorizedBy: authorizedBy, copy: URL(fileURLWithPath: copy).lastPathComponent,
                                             reason: reason))
        }
    }
}

/// Journal payload of `training.started` and `training.ended`.
struct TrainingPayload: Codable, Equatable {
    var authorizedBy: Int64
    /// The training copy's file name.
    var copy: String
    var reason: String

    enum CodingKeys: String, CodingKey {
        case authorizedBy = "authorized_by"
        case copy
        case reason
    }
}
