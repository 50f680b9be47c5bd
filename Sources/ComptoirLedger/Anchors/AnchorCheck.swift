import ComptoirCore
import Foundation
import GRDB

/// Checks that the base extends an anchor, inside the read transaction of `verify`.
///
/// Each entry's hash covers the one before, so one equal hash at the anchor's last entry
/// proves the whole prefix identical; only when it differs is the first differing entry
/// looked for (by bisection on a backup, in order in an archive or a witness).
struct AnchorCheck {
    private let db: Database
    private let timeZone: TimeZone
    private let fingerprint: String
    private let baseLast: Int64
    /// Journaled restores: anchors taken from the history they replaced are explained.
    private let restores: [(seq: Int64, at: String, payload: LedgerRestoredPayload)]

    init(_ db: Database, timeZone: TimeZone) throws {
        self.db = db
        self.timeZone = timeZone
        fingerprint = try String.fetchOne(db, sql: "SELECT value FROM comptoir_meta WHERE key = 'fingerprint'") ?? ""
        baseLast = try Ledger.lastSeq(db)
        restores = try Row.fetchAll(db, sql: "SELECT seq, at, payload FROM journal WHERE kind = ? ORDER BY seq",
                                    arguments: [JournalKind.ledgerRestored.rawValue]).compactMap { row in
            CanonicalJSON.decode(LedgerRestoredPayload.self, from: row[2]).map { (row[0], row[1], $0) }
        }
    }

    /// Never throws: an anchor that cannot be read is a problem to report, not a crash.
    func check(_ anchor: Anchor) -> AnchorResult {
        do {
            switch anchor {
            case .backup(let path): return try backup(path, anchor)
            case .archive(let path): return try archive(path, anchor)
            case .witness(let path): return try witness(path, anchor)
            case .head(let seq, let prefix): return try head(seq, prefix, anchor)
            }
        } catch LedgerError.notComptoirDatabase {
            return AnchorResult(anchor: anchor, lastSeq: 0, problem: "ce fichier n'est pas une base Comptoir : ce n'est pas une sauvegarde")
        } catch let error as LedgerError {
            return AnchorResult(anchor: anchor, lastSeq: 0, problem: error.message)
        } catch {
            return AnchorResult(anchor: anchor, lastSeq: 0, problem: "illisible (\(LedgerError.wrap(error).message))")
        }
    }

    // MARK: - The kinds of anchors

    private func backup(_ path: String, _ anchor: Anchor) throws -> AnchorResult {
        guard FileManager.default.fileExists(atPath: path) else {
            return AnchorResult(anchor: anchor, lastSeq: 0, problem: "le fichier est introuvable : vérifiez le chemin")
        }
        let copy = try BackupFile(path: path)
        defer { copy.close() }
        guard try copy.fingerprint() == fingerprint else {
            return AnchorResult(anchor: anchor, lastSeq: 0, problem: "elle n'est pas de cette boutique (autre empreinte de boutique) : "
                + "c'est la sauvegarde d'une autre base, ou cette base a été refaite depuis le début")
        }
        guard let last = try copy.head(at: nil) else { return AnchorResult(anchor: anchor, lastSeq: 0) }
        let described = "la sauvegarde du \(day(last.at))"
        if try hash(at: last.head.seq) == last.head.hash { return AnchorResult(anchor: anchor, lastSeq: last.head.seq) }
        // Bisection: hashes agree up to the first rewritten entry, and differ from it on.
        var low: Int64 = 0, high = min(last.head.seq, baseLast) + 1  // agree at low, differ at high (or beyond the base)
        while high - low > 1 {
            let mid = low + (high - low) / 2
            if let theirs = try copy.head(at: mid)?.head.hash, try hash(at: mid) == theirs { low = mid } else { high = mid }
        }
        let first = high <= min(last.head.seq, baseLast) ? high : nil
        return verdict(anchor, last: last.head.seq, firstDifference: first, described: described, takenAt: last.at)
    }

    private func archive(_ path: String, _ anchor: Anchor) throws -> AnchorResult {
        let manifest = try ArchiveVerification.check(path: path)
        guard try Ledger.sealingKeys(db).contains(manifest.publicKey) else {
            return AnchorResult(anchor: anchor, lastSeq: manifest.lastSeq, problem: "sa clé de scellement n'est pas dans le journal de "
                + "cette base : c'est l'archive d'une autre boutique, ou le journal a été refait")
        }
        if manifest.firstSeq == 1, manifest.previousHash != fingerprint {
            return AnchorResult(anchor: anchor, lastSeq: manifest.lastSeq, problem: "elle n'est pas de cette boutique (autre empreinte de boutique)")
        }
        if try hash(at: manifest.lastSeq) == manifest.lastHash { return AnchorResult(anchor: anchor, lastSeq: manifest.lastSeq) }
        // The first entry of journal.csv whose hash the base does not have.
        let zip = try ZipReader(path: path)
        guard let entry = zip.entries.first(where: { $0.name == SealedArchive.journal }) else {
            throw LedgerError.refused("l'archive n'a pas de journal")
        }
        var records = ArchiveCSV(), header = true, first: Int64?
        var failure: (any Error)?
        let record = { (fields: [String]) in
            if header { header = false; return }
            guard first == nil, failure == nil, fields.count == 8, let seq = Int64(fields[0]), seq <= baseLast else { return }
            do { if try hash(at: seq) != fields[7] { first = seq } } catch { failure = error }
        }
        try zip.forEachChunk(entry) { chunk in records.feed(chunk, record) }
        records.finish(record)
        if let failure { throw failure }
        return verdict(anchor, last: manifest.lastSeq, firstDifference: first, described: "l'archive de \(manifest.year)",
                       takenAt: manifest.createdAt)
    }

    private func witness(_ path: String, _ anchor: Anchor) throws -> AnchorResult {
        var last: Int64 = 0, rewritten: (seq: Int64, line: Int)?, missing: Int64?, unreadable: Int?
        // After a restore, a number of the replaced range has two lines: the replaced entry's
        // (explained) and the new one's, which must match. Resolved once every line is read.
        var matchedAfterRestore = Set<Int64>()
        var replacedLines: [(seq: Int64, line: Int, inBase: Bool)] = []
        let found = try WitnessFile.forEachLine(path: path) { line in
            guard let head = line.head else {
                if unreadable == nil { unreadable = line.number }
                return
            }
            last = max(last, head.seq)
            let ours = try hash(at: head.seq)
            let replaced = restoreNote(firstDifference: head.seq, last: head.seq) != nil
            if ours == head.hash {
                if replaced { matchedAfterRestore.insert(head.seq) }
            } else if replaced {
                replacedLines.append((head.seq, line.number, ours != nil))
            } else if ours == nil {
                missing = max(missing ?? 0, head.seq)
            } else if rewritten == nil || head.seq < rewritten!.seq {
                rewritten = (head.seq, line.number)
            }
        }
        var explained: (from: Int64, to: Int64, note: String)?
        for r in replacedLines {
            if r.inBase && !matchedAfterRestore.contains(r.seq) {
                if rewritten == nil || r.seq < rewritten!.seq { rewritten = (r.seq, r.line) }
            } else if let note = restoreNote(firstDifference: r.seq, last: r.seq) {
                explained = (min(explained?.from ?? r.seq, r.seq), max(explained?.to ?? r.seq, r.seq), note)
            }
        }
        guard found else {
            return AnchorResult(anchor: anchor, lastSeq: 0, note: "le fichier est introuvable ou illisible : rien à comparer "
                + "(le disque du témoin est-il branché ?)", compared: false)
        }
        if let rewritten {
            return AnchorResult(anchor: anchor, lastSeq: last, problem: "la chaîne a été réécrite à partir de l'entrée n° \(rewritten.seq) "
                + "(ligne \(rewritten.line) du témoin : la base n'a plus cette empreinte pour cette entrée)")
        }
        if let missing {
            return AnchorResult(anchor: anchor, lastSeq: last, problem: "la fin du journal a été supprimée : le témoin va jusqu'à "
                + "l'entrée n° \(missing), la base s'arrête au n° \(baseLast)")
        }
        if let unreadable {
            return AnchorResult(anchor: anchor, lastSeq: last, problem: "la ligne \(unreadable) est illisible (attendu : numéro, espace, "
                + "64 caractères hexadécimaux) : le témoin a été modifié")
        }
        return AnchorResult(anchor: anchor, lastSeq: last, note: explained.map { "entrées n° \($0.from) à \($0.to) : \($0.note)" })
    }

    private func head(_ seq: Int64, _ prefix: String, _ anchor: Anchor) throws -> AnchorResult {
        guard let ours = try hash(at: seq) else {
            return verdict(anchor, last: seq, firstDifference: nil, described: "la ligne imprimée")
        }
        if ours.hasPrefix(prefix.lowercased()) { return AnchorResult(anchor: anchor, lastSeq: seq) }
        if let note = restoreNote(firstDifference: seq, last: seq) { return AnchorResult(anchor: anchor, lastSeq: seq, note: note) }
        return AnchorResult(anchor: anchor, lastSeq: seq, problem: "la chaîne a été réécrite : l'entrée n° \(seq) n'a plus "
            + "l'empreinte imprimée (elle commence maintenant par \(ours.prefix(ChainHead.printedDigits)))")
    }

    // MARK: - Shared

    /// The base's hash of entry `seq`, nil when it has none.
    private func hash(at seq: Int64) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT hash FROM journal WHERE seq = ?"), arguments: [seq])
    }

    /// The anchor records entries up to `last`, taken at `takenAt` when known; the base first
    /// differs at `firstDifference` (nil: it agrees on every entry both have).
    private func verdict(_ anchor: Anchor, last: Int64, firstDifference: Int64?, described: String,
                         takenAt: String? = nil) -> AnchorResult {
        if firstDifference == nil, last <= baseLast { return AnchorResult(anchor: anchor, lastSeq: last) }
        if let note = restoreNote(firstDifference: firstDifference ?? baseLast + 1, last: last, takenAt: takenAt) {
            return AnchorResult(anchor: anchor, lastSeq: last, note: note)
        }
        if let first = firstDifference {
            return AnchorResult(anchor: anchor, lastSeq: last, problem: "la chaîne a été réécrite à partir de l'entrée n° \(first) "
                + "(\(described) a une autre empreinte pour cette entrée)")
        }
        return AnchorResult(anchor: anchor, lastSeq: last, problem: "la fin du journal a été supprimée : \(described) va jusqu'à "
            + "l'entrée n° \(last), la base s'arrête au n° \(baseLast)")
    }

    /// An anchor from the history a journaled restore replaced: it differs after the
    /// restored backup's last entry, ends within the replaced base, and (when its time is
    /// known) was taken before the restore. Both times are stored UTC text: they sort.
    private func restoreNote(firstDifference: Int64, last: Int64, takenAt: String? = nil) -> String? {
        guard let r = restores.first(where: { r in
            r.payload.backupHeadSeq < firstDifference && last <= r.payload.replacedHeadSeq && (takenAt.map { $0 < r.at } ?? true)
        }) else {
            return nil
        }
        return "prise avant la restauration du \(day(r.at)) (entrée n° \(r.seq) du journal), qui a remplacé les entrées "
            + "n° \(r.payload.backupHeadSeq + 1) à \(r.payload.replacedHeadSeq) : différence attendue"
    }

    private func day(_ at: String) -> String {
        Timestamp.date(at).map { CalendarDay($0, in: timeZone).french } ?? at
    }
}
