import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// An online copy of the whole ledger (SQLite's backup API: the tills keep selling) in
    /// `folder`, named `comptoir-AAAAMMJJ-HHMMSS.sqlite`, readable by its owner only; the
    /// oldest copies beyond `keep` are removed. Written under a temporary name and renamed
    /// once complete, so a full or unplugged stick never leaves a half copy that looks whole.
    /// Returns the path of the copy.
    @discardableResult
    public func backup(toFolder folder: String, keep: Int? = nil, now: Date? = nil) throws -> String {
        let now = now ?? clock()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw LedgerError.refused("Le dossier de sauvegarde « \(folder) » n'existe pas : branchez la clé USB ou vérifiez le chemin.")
        }
        let name = "comptoir-" + Self.backupStamp(now, timeZone: timeZone) + ".sqlite"
        let path = (folder as NSString).appendingPathComponent(name)
        try backup(toFile: path)
        if let keep, keep >= 1 { try Self.prune(folder: folder, keep: keep) }
        return path
    }

    /// The copy at exactly `path` (which must not exist yet).
    public func backup(toFile path: String) throws {
        // A backup never replaces a file, never writes through a link, and is renamed into place once complete.
        let target: SafeOutputFile
        do { target = try SafeOutputFile(path: path, replace: false, protected: ownFiles, forceOption: nil) } catch LedgerError.refused(let reason) {
            throw LedgerError.refused("Sauvegarde refusée : " + reason)
        }
        let partial = target.temporaryPath
        do {
            let fd: Int32
            do { fd = try target.createTemporary() } catch {
                throw LedgerError.refused("Impossible d'écrire dans « \((path as NSString).deletingLastPathComponent) » : vérifiez que le support n'est pas protégé en écriture.")
            }
            _ = Glibc.close(fd)
            let destination = try DatabaseQueue(path: partial)
            do {
                try pool.backup(to: destination)
                try destination.close()
            } catch {
                try? destination.close()
                throw error
            }
            try target.commit()
        } catch {
            for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: partial + suffix) }
            if let db = error as? DatabaseError, db.resultCode == .SQLITE_FULL || db.resultCode == .SQLITE_IOERR {
                throw LedgerError.refused("Le support de sauvegarde est plein ou ne répond plus : rien n'a été sauvegardé. Libérez de la place ou changez de clé.")
            }
            if let ledgerError = error as? LedgerError { throw ledgerError }
            throw LedgerError.refused("La sauvegarde a échoué (\(LedgerError.wrap(error).message)) : rien n'a été sauvegardé.")
        }
    }

    /// Replaces the ledger at `target` by the backup at `source`. The ledger being replaced
    /// is first copied aside (returned), so a mistaken restore can itself be undone, and the
    /// restored ledger journals `ledger.restored` (who allowed it, the replaced head, the
    /// entries lost), so that ticket numbers given again afterwards are explained.
    ///
    /// Refused, replacing nothing and never writing to `source`: an empty file, a file that
    /// is not a Comptoir base, a training copy, a backup that does not verify, another
    /// shop's base, a backup that is not a part of the current base's history (their
    /// journals differ at the shorter one's last entry), and any till running on `target`.
    public static func restore(backup source: String, into target: String, authorizedBy: Int64? = nil,
                               till: String = "restauration", witness: WitnessFile? = nil,
                               now: Date = Date()) throws -> (report: VerifyReport, aside: String?) {
        let target = URL(fileURLWithPath: target).standardizedFileURL.path
        guard let info = PrivateFiles.info(source) else {
            throw LedgerError.refused("La sauvegarde « \(source) » est introuvable : vérifiez le chemin.")
        }
        guard info.isRegular, info.size > 0 else {
            throw LedgerError.refused("« \(source) » est vide (0 octet) : ce n'est pas une sauvegarde. Rien n'a été remplacé ; "
                + "prenez une autre sauvegarde (comptoir-AAAAMMJJ-HHMMSS.sqlite).")
        }
        let file: BackupFile
        do { file = try BackupFile(path: source) } catch LedgerError.notComptoirDatabase {
            throw LedgerError.refused("« \(source) » n'est pas une sauvegarde de Comptoir : rien n'a été remplacé.")
        }
        defer { file.close() }
        guard try !file.isTrainingCopy() else {
            throw LedgerError.refused("« \(source) » est une copie du mode formation : ses ventes sont fictives. Rien n'a été "
                + "remplacé ; prenez une sauvegarde de la vraie base (comptoir-AAAAMMJJ-HHMMSS.sqlite).")
        }
        try PrivateFiles.prepareFolder(for: target)
        let lock = try TillLock.exclusive(for: target)
        defer { withExtendedLifetime(lock) {} }

        // Checked in a private copy (migrated there if it is older): the given file stays as it is.
        let staging = target + ".restauration"
        let removeStaging = { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: staging + suffix) } }
        removeStaging()
        defer { removeStaging() }
        try PrivateFiles.createIfMissing(staging)
        do {
            let destination = try DatabaseQueue(path: staging)
            try file.queue.backup(to: destination)
            try destination.close()
        } catch {
            throw LedgerError.wrap(error)
        }
        let backup = try Ledger.open(path: staging)
        defer { try? backup.close() }
        // SQLite's own check first: a damaged page that verify would not read is refused too.
        let integrity = try backup.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        guard integrity == ["ok"] else {
            throw LedgerError.refused("La sauvegarde est abîmée (\(integrity.prefix(2).joined(separator: " ; "))) : rien n'a été remplacé.")
        }
        let report = try backup.verify()
        guard report.isOK else {
            throw LedgerError.refused("La sauvegarde ne se vérifie pas (\(report.message)) : rien n'a été remplacé.")
        }
        let backupHead = try backup.chainHead()

        let ledger = try Ledger.open(path: target, witness: witness, clock: { now })
        defer { try? ledger.close() }
        let replacedHead = try ledger.chainHead()
        if let replacedHead {
            guard try ledger.fingerprint() == backup.fingerprint() else {
                throw LedgerError.refused("« \(source) » est la sauvegarde d'une autre boutique (son empreinte n'est pas celle de "
                    + "cette base) : rien n'a été remplacé. Vérifiez la clé USB ou le dossier choisi.")
            }
            if let backupHead {
                let shorter = min(backupHead.seq, replacedHead.seq)
                guard try ledger.chainHead(at: shorter) == backup.chainHead(at: shorter) else {
                    throw LedgerError.refused("Cette sauvegarde ne fait pas partie de l'histoire de la base actuelle : leurs journaux "
                        + "diffèrent à l'entrée n° \(shorter). Rien n'a été remplacé. Si la base actuelle a été falsifiée, "
                        + "mettez-la de côté (renommez le fichier), puis restaurez la sauvegarde à sa place.")
                }
            }
        }
        var aside: String?
        if replacedHead != nil {
            let path = target + ".avant-restauration-" + backupStamp(now, timeZone: ledger.timeZone)
            try ledger.backup(toFile: path)
            aside = path
        }
        do {
            try backup.pool.backup(to: ledger.pool)
        } catch {
            throw LedgerError.wrap(error)
        }
        let payload = LedgerRestoredPayload(
            authorizedBy: authorizedBy, backupFile: (source as NSString).lastPathComponent,
            backupHeadSeq: backupHead?.seq ?? 0, backupHeadHash: backupHead?.hash ?? "",
            replacedHeadSeq: replacedHead?.seq ?? 0, replacedHeadHash: replacedHead?.hash ?? "",
            lostEntries: max(0, (replacedHead?.seq ?? 0) - (backupHead?.seq ?? 0)))
        try ledger.write { db in
            // The person who allowed it may not exist in the restored base (added after the backup).
            let known = try authorizedBy.map { try UserRecord.exists(db, key: $0) } ?? false
            try ledger.journal(db, .ledgerRestored, till: till, operatorId: known ? authorizedBy : nil, payload)
        }
        return (try ledger.verify(), aside)
    }

    /// `20261201-183005`: the local date and time of a backup, sortable as text.
    static func backupStamp(_ date: Date, timeZone: TimeZone) -> String {
        let day = CalendarDay(date, in: timeZone)
        let local = Int64(date.timeIntervalSince1970.rounded(.down)) + Int64(timeZone.secondsFromGMT(for: date))
        let seconds = ((local % 86_400) + 86_400) % 86_400
        return String(format: "%04d%02d%02d-%02d%02d%02d", day.year, day.month, day.day,
                      seconds / 3_600, (seconds % 3_600) / 60, seconds % 60)
    }

    /// Keeps the `keep` newest `comptoir-*.sqlite` copies of `folder` (names sort by date).
    static func prune(folder: String, keep: Int) throws {
        let copies = (try FileManager.default.contentsOfDirectory(atPath: folder))
            .filter { $0.hasPrefix("comptoir-") && $0.hasSuffix(".sqlite") }.sorted()
        for name in copies.dropLast(keep) {
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }
}
