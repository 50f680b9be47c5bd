import Foundation

/// The time the generated shop lives in: set by the generator, read by the ledger it
/// opened (`Ledger.open(clock:)`), so that years of history are written with their dates.
final class BenchClock: @unchecked Sendable {
    private let lock = NSLock()
    private var date: Date

    init(_ date: Date) { self.date = date }

    var now: Date {
        get { lock.withLock { date } }
        set { lock.withLock { date = newValue } }
    }

    /// What the ledger is given.
    var source: @Sendable () -> Date { { self.now } }
}
