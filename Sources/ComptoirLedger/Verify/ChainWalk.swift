import Foundation
import GRDB

/// The hash chain of the journal: entries numbered 1, 2, 3… without a gap, each hash
/// recomputed from its content and chained to the previous one (the first to the shop's
/// fingerprint). `Verifier` checks it entry by entry as it walks; `Ledger.verify` runs it
/// on a reader of its own (`run`), on a second core, handing the entries to the tables' walk.
struct ChainWalk {
    private var previousHash: String
    private var scratch: [UInt8] = []
    private var computed: [UInt8] = []

    init(fingerprint: String) {
        previousHash = fingerprint
    }

    /// Checks the `index`-th entry read (from 1) and moves on to it; the failure names it.
    mutating func check(index: Int, seq: Int64, at: String, till: String, operatorId: Int64?, kind: String, payload: String,
                        prevHash: String, hash: String) throws {
        func fail(_ reason: String, _ table: String) -> VerifyFailure {
            VerifyFailure(VerifyProblem(seq: seq, kind: kind, reason: reason, table: table))
        }
        let expected = Int64(index)
        if seq != expected {
            throw fail(seq > expected
                ? (seq == expected + 1 ? "l'entrée n° \(expected) manque avant celle-ci"
                                       : "les entrées n° \(expected) à \(seq &- 1) manquent avant celle-ci")
                : "numéro d'entrée inattendu (n° \(expected) attendu)", "journal")
        }
        Journal.hashHex(seq: seq, at: at, till: till, operatorId: operatorId, kind: kind, payload: payload, prevHash: prevHash,
                        buffer: &scratch, into: &computed)
        guard prevHash == previousHash else {
            // The first entry intact (its hash holds) but not chained: the fingerprint changed.
            let fingerprintChanged = index == 1 && Bytes.equal(hash, computed)
            throw fail(index == 1 ? "la première entrée n'est pas chaînée à l'empreinte de la boutique"
                                  : "le chaînage avec l'entrée précédente est rompu",
                       fingerprintChanged ? "comptoir_meta" : "journal")
        }
        guard Bytes.equal(hash, computed) else {
            throw fail("l'entrée a été modifiée : son empreinte ne correspond plus à son contenu", "journal")
        }
        previousHash = hash
    }

    /// What the chain's own walk found: the entries it read, and the first failure with the
    /// entry it names (its index from 1).
    struct Outcome {
        var entries = 0
        var failure: (index: Int, error: any Error)?
    }

    /// Reads the journal on a reader of its own, checks the chain entry by entry and hands
    /// each sound entry over to the tables' walk (`race.entries`), which reads it no more;
    /// stops at the first that fails, or once the tables failed at an earlier entry. A
    /// missing fingerprint is the tables' walk's finding (before the first entry): no entry
    /// is handed over then.
    static func run(_ db: Result<Database, any Error>, race: VerifyRace) -> Outcome {
        var outcome = Outcome()
        let fingerprint = (try? db.get()).flatMap { db in
            try? String.fetchOne(db, sql: "SELECT value FROM comptoir_meta WHERE key = 'fingerprint'")
        }
        guard let fingerprint, fingerprint.utf8.count == 64 else {
            race.entries.produce(db) { _ in false }
            return outcome
        }
        var chain = ChainWalk(fingerprint: fingerprint)
        race.entries.produce(db) { entry in
            outcome.entries += 1
            if outcome.entries > race.tablesFailure { return false }
            do {
                try chain.check(index: outcome.entries, seq: entry.seq, at: entry.at, till: entry.till, operatorId: entry.operatorId,
                                kind: entry.kind, payload: entry.payload, prevHash: entry.prevHash, hash: entry.hash)
                return true
            } catch {
                race.chainFailed(at: outcome.entries)
                outcome.failure = (outcome.entries, error)
                return false
            }
        }
        return outcome
    }
}

/// The two walks of `verify` side by side: each tells the other the entry where it found
/// its first problem, so that neither goes on past what the report will name.
final class VerifyRace: @unchecked Sendable {
    private let lock = NSLock()
    private var chain = Int.max
    private var tables = Int.max
    /// The journal's entries, read and chained by `ChainWalk.run`.
    let entries = RowPrefetch<VerifyRows.Entry>()
    /// The ticket lines, read beside the tables' walk on a reader of their own.
    let lines = RowPrefetch<VerifyRows.Line>()

    /// The index (from 1) of the first entry whose hash or place in the chain fails.
    var chainFailure: Int { lock.withLock { chain } }
    /// The index of the entry whose rows fail (0: before the first entry; `Int.max`: after the last).
    var tablesFailure: Int { lock.withLock { tables } }

    /// Thrown by the tables' walk when the chain's stopped handing entries over at one that fails.
    struct Overtaken: Error {}

    func chainFailed(at index: Int) { lock.withLock { chain = min(chain, index) } }
    func tablesFailed(at index: Int) { lock.withLock { tables = min(tables, index) } }
}
