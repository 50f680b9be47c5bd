import GRDB

extension Ledger {
    /// Recomputes the whole hash chain and checks every money row against the journal
    /// entry that created it; names the first entry that does not hold. Then checks that
    /// the base extends each of `anchors` (backups, archives, the witness, printed heads).
    /// Reads one consistent snapshot, so tills may keep selling meanwhile.
    public func verify(anchors: [Anchor] = [], progress: ((Int, Int) -> Void)? = nil) throws -> VerifyReport {
        try read { db in
            var verifier = Verifier(db, timeZone: self.timeZone, progress: progress)
            var report = try verifier.run()
            if !anchors.isEmpty {
                let check = try AnchorCheck(db, timeZone: self.timeZone)
                report.anchors = anchors.map(check.check)
            }
            return report
        }
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
