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
            fileCheck.set(Result { try self.read { db in try SchemaCheck.fileProblem(db) } })
        }
        var report: VerifyReport
        do {
            report = try read { db in
                var verifier = Verifier(db, timeZone: self.timeZone, progress: progress)
                var report = try verifier.run(checkFile: false)
                if !anchors.isEmpty {
                    let check = try AnchorCheck(db, timeZone: self.timeZone)
                    report.anchors = anchors.map(check.check)
                }
                return report
            }
        } catch {
            if case .success(let problem?) = fileCheck.wait() { return VerifyReport(entries: 0, problem: problem) }
            throw error
        }
        switch fileCheck.wait() {
        case .success(let problem?): report.problem = problem
        case .success(nil): break
        case .failure(let error): throw LedgerError.wrap(error)
        }
        return report
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
