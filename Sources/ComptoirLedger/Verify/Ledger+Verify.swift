import GRDB

extension Ledger {
    /// Recomputes the whole hash chain and checks every money row against the journal
    /// entry that created it; names the first entry that does not hold. Reads one
    /// consistent snapshot, so tills may keep selling meanwhile.
    public func verify(progress: ((Int, Int) -> Void)? = nil) throws -> VerifyReport {
        try read { db in
            var verifier = Verifier(db, timeZone: self.timeZone, progress: progress)
            return try verifier.run()
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
