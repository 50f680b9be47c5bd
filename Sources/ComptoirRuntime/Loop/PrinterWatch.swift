import Foundation

/// When to ask the printer its state again: every `interval` (10 s), and only while the
/// print queue is idle, so a poll never delays a receipt.
struct PrinterWatch {
    let interval: TimeInterval
    private var nextPoll: Date

    init(interval: TimeInterval = 10, now: Date = Date()) {
        self.interval = interval
        nextPoll = now
    }

    /// True when a poll is due now; the next one is then `interval` later.
    mutating func isDue(now: Date, queueBusy: Bool) -> Bool {
        guard now >= nextPoll, !queueBusy else { return false }
        nextPoll = now.addingTimeInterval(interval)
        return true
    }
}
