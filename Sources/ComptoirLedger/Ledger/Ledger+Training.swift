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
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: standardized + suffix) {
            do { try FileManager.default.removeItem(atPath: standardized + suffix) } catch {
                throw LedgerError.storage("impossible de remplacer l'ancienne base de formation (\(error.localizedDescription))")
            }
        }
        try PrivateFiles.prepareFolder(for: standardized)
        // VACUUM cannot run inside a transaction: the writer connection, without one. It
        // copies one consistent state even while other tills keep selling.
        do {
            try pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [standardized]) }
        } catch {
            throw LedgerError.wrap(error)
        }
        PrivateFiles.restrict(standardized)
        let training = try Ledger.open(path: standardized, pinRounds: pinRounds, timeZone: timeZone)
        // Marked, so that a training copy can never be restored as the shop's books.
        try training.write { db in
            try db.execute(sql: "INSERT INTO comptoir_meta (key, value) VALUES ('training', ?)",
                           arguments: [Timestamp.string(millis: Timestamp.millis(Date()))])
        }
        return training
    }
}
