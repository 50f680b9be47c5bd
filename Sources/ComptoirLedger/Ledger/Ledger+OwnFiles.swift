extension Ledger {
    /// The files of this base that no export may write over, even with `--force`: the base,
    /// its WAL companions, its sealing key, its tills' lock and its witness.
    public var ownFiles: [String] {
        [path, path + "-wal", path + "-shm", path + "-journal", sealingKeyPath, TillLock.path(for: path)]
            + (witness.map { [$0.path] } ?? [])
    }
}
