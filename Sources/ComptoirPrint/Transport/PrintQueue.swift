import Foundation

/// Printer work done off the till's loop, one job after the other, in the order given: a
/// printer that takes its two seconds to say it is offline must not freeze the screen
/// while the next customer is served. Each job's answer waits in a mailbox that the loop
/// empties between keys.
public final class PrintQueue<Answer: Sendable>: @unchecked Sendable {
    private let queue = DispatchQueue(label: "comptoir.impression")
    private let lock = NSLock()
    private var answers: [Answer] = []
    private var pending = 0

    public init() {}

    /// Runs `job` after the jobs already given; its answer comes out of `drain()`.
    public func submit(_ job: @escaping @Sendable () -> Answer) {
        lock.lock()
        pending += 1
        lock.unlock()
        queue.async { [self] in
            let answer = job()
            lock.lock()
            answers.append(answer)
            pending -= 1
            lock.unlock()
        }
    }

    /// The answers of the jobs finished since the last call, in order.
    public func drain() -> [Answer] {
        lock.lock()
        defer { lock.unlock() }
        let done = answers
        answers.removeAll()
        return done
    }

    /// True while a job is waiting or running.
    public var isBusy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return pending > 0
    }

    /// Waits for the jobs given so far (at quit, so a receipt is not cut off); false when
    /// they are still running after `timeout`.
    @discardableResult
    public func waitUntilIdle(timeout: TimeInterval) -> Bool {
        let done = DispatchSemaphore(value: 0)
        queue.async { done.signal() }
        return done.wait(timeout: .now() + timeout) == .success
    }
}
