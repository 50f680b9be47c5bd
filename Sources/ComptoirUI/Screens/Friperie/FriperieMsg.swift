import ComptoirCore

/// The answers to `FriperieEffect`.
public enum FriperieMsg: Equatable, Sendable {
    /// The back door's last weighings (newest first) and this month's kilograms.
    case friperieLoaded(recent: [FriperieFlow], month: FriperieFigures.Month)
    /// A weighing was recorded (as the ledger wrote it), with the list and month after it.
    case flowRecorded(FriperieFlow, recent: [FriperieFlow], month: FriperieFigures.Month)
    case friperieFiguresLoaded(FriperieFigures)
}
