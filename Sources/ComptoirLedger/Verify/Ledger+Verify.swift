import Foundation
import GRDB

extension Ledger {
    /// Recomputes the whole hash chain and checks every money row against the journal
    /// entry that created it; names the first entry that does not hold. Then checks that
    /// the base extends each of `anchors` (backups, archives, the witness, printed heads).
    /// Reads one consistent snapshot, so tills may keep selling meanwhile.
    public func verify(anchors: [Anchor] = [], progress: ((Int, Int) -> Void)? = nil) throws -> VerifyReport {
        // SQLite's check of the whole file runs on a second reader beside the walk: with two
        // cores it costs no waiting. A damaged file outranks what the walk found in it.
        let fileCheck = ConcurrentResult<VerifyProblem?>()
        DispatchQueue.global(qos: .userInitiated).async {
            fileCheck.set(Result { try self.read { db in try Self.withSmallCache(db) { try SchemaCheck.fileProblem(db) } } })
        }
        var report: VerifyReport
        do {
            let check: (Database) throws -> [AnchorResult] = { db in
                guard !anchors.isEmpty else { return [] }
                let check = try AnchorCheck(db, timeZone: self.timeZone)
                return anchors.map(check.check)
            }
            if let raced = try verifySideBySide(progress: progress, anchors: check) {
                report = raced
            } else {
                // The readers saw different states (a till wrote between their starts): once more, in one.
                report = try read { db in
                    var verifier = Verifier(db, timeZone: self.timeZone, progress: progress)
                    var report = try verifier.run(checkFile: false)
                    report.anchors = try check(db)
                    return report
                }
            }
        } catch {
            if case .success(let problem?) = fileCheck.wait() { return VerifyReport(entries: 0, problem: problem) }
            throw LedgerError.wrap(error)
        }
        switch fileCheck.wait() {
        case .success(let problem?): report.problem = problem
        case .success(nil): break
        case .failure(let error): throw LedgerError.wrap(error)
        }
        return report
    }

    /// The journal read and chained on one reader, the ticket lines read ahead on a second,
    /// the tables' walk on a third taking both, side by side on two cores; the report the
    /// single walk would give (the first failing entry, a chain's failure before the rows of
    /// the same entry). nil when the readers did not all see the same journal.
    func verifySideBySide(progress: ((Int, Int) -> Void)?,
                          anchors: @escaping (Database) throws -> [AnchorResult]) throws -> VerifyReport? {
        let race = VerifyRace()
        let chain = ConcurrentResult<ChainWalk.Outcome>()
        let tables = ConcurrentResult<(Verifier, VerifyReport, JournalHead?)>()
        let timeZone = self.timeZone
        nonisolated(unsafe) let progress = progress
        nonisolated(unsafe) let anchors = anchors
        pool.asyncRead { db in Self.smallCache(db) { chain.set(.success(ChainWalk.run(db, race: race))) } }
        pool.asyncRead { db in Self.smallCache(db) { race.lines.produce(db) } }
        pool.asyncRead { db in
            defer {
                race.entries.cancel()
                race.lines.cancel()
            }
            tables.set(Result {
                let db = try db.get()
                return try Self.withSmallCache(db, kib: 512) {
                    var verifier = Verifier(db, timeZone: timeZone, progress: progress, race: race)
                    var report = try verifier.run(checkFile: false)
                    report.anchors = try anchors(db)
                    return (verifier, report, try JournalHead.read(db))
                }
            })
        }
        let (walk, tableReport, head) = try tables.wait().get()
        let outcome = try chain.wait().get()
        // The entries and the lines were read by two other readers: they must have seen the state this one saw.
        guard race.entries.journalHead == head, race.lines.journalHead == head else { return nil }
        if let (index, error) = outcome.failure, index <= (walk.failedAt ?? Int.max) {
            // The chain's finding comes first (the tables' walk never got that entry).
            guard var report = Verifier.report(error, entries: index) else { throw LedgerError.wrap(error) }
            report.anchors = tableReport.anchors
            return report
        }
        return tableReport
    }

    /// A reader that walks a table once gains nothing from SQLite's page cache (2 MB by
    /// default per connection): `verify`'s four readers run with small ones (the tables'
    /// walk, which looks rows up, a little larger), then get theirs back.
    private static func withSmallCache<T>(_ db: Database, kib: Int = 256, _ body: () throws -> T) rethrows -> T {
        try? db.execute(sql: "PRAGMA cache_size = -\(kib)")
        defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
        return try body()
    }

    private static func smallCache(_ db: Result<Database, any Error>, _ body: () -> Void) {
        guard case .success(let connection) = db else { return body() }
        withSmallCache(connection, body)
    }

    /// `verify`, plus how many tickets needed the slow (decoding) comparison.
    func verifyCountingSlowComparisons() throws -> (VerifyReport, Int) {
        try read { db in
            var verifier = Verifier(db, timeZone: self.timeZone)
            let report = try verifier.run()
            return (report, verifier.slowComparisons)
        }
    }
}
