import Foundation

/// A value computed on another thread, waited for once.
final class ConcurrentResult<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, any Error>?

    func set(_ result: Result<Value, any Error>) {
        self.result = result
        done.signal()
    }

    func wait() -> Result<Value, any Error> {
        done.wait()
        done.signal()  // a second wait returns at once
        return result!
    }
}
