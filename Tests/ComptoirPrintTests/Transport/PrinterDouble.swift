import Foundation

/// A network receipt printer on loopback for tests: answers `DLE EOT n` with the bytes it
/// is given (or stays silent) and records everything else it receives.
final class PrinterDouble: @unchecked Sendable {
    /// The answers to DLE EOT 1, 2, 4; nil: never answers.
    let answers: [UInt8: UInt8]?
    /// The answers once it has received other bytes (a printer that runs out of paper
    /// while it holds a drawer kick); nil: `answers` throughout.
    let answersAfterData: [UInt8: UInt8]?
    private(set) var port: UInt16 = 0
    private let listener: Int32
    private let lock = NSLock()
    private var received: [UInt8] = []
    private var stopped = false
    private let done = DispatchSemaphore(value: 0)

    static let ready: [UInt8: UInt8] = [1: 0x12, 2: 0x12, 4: 0x12]
    static let paperOut: [UInt8: UInt8] = [1: 0x1A, 2: 0x32, 4: 0x72]
    static let coverOpen: [UInt8: UInt8] = [1: 0x1A, 2: 0x16, 4: 0x12]

    init(answers: [UInt8: UInt8]?, afterData: [UInt8: UInt8]? = nil) throws {
        self.answers = answers
        answersAfterData = afterData
        listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) }
        }
        guard bound == 0, listen(listener, 4) == 0 else { throw POSIXError(.EADDRINUSE) }
        withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(listener, $0, &length) }
        }
        port = UInt16(bigEndian: addr.sin_port)
        Thread.detachNewThread { [self] in serve() }
    }

    /// Everything received except the status requests.
    var bytes: [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
        done.wait()
        close(listener)
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func serve() {
        while !isStopped {
            var pfd = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, 50) == 1 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            handle(client)
            close(client)
        }
        done.signal()
    }

    private func handle(_ client: Int32) {
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !isStopped {
            var pfd = pollfd(fd: client, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, 50) == 1 else { continue }
            let n = read(client, &buffer, buffer.count)
            if n <= 0 { return }
            pending += buffer[0..<n]
            var kept: [UInt8] = []
            var i = 0
            while i < pending.count {
                if pending[i] == 0x10, i + 2 < pending.count, pending[i + 1] == 0x04 {
                    if let answer = (bytes.isEmpty ? answers : answersAfterData ?? answers)?[pending[i + 2]] {
                        var byte = answer
                        _ = write(client, &byte, 1)
                    }
                    i += 3
                } else if pending[i] == 0x10, i + 2 >= pending.count {
                    break  // a status request cut in two: wait for the rest
                } else {
                    kept.append(pending[i])
                    i += 1
                }
            }
            pending.removeFirst(i)
            lock.lock()
            received += kept
            lock.unlock()
        }
    }
}

/// Waits (up to 2 s) for what a printer double receives on its own thread.
func waitFor(_ condition: () -> Bool) -> Bool {
    for _ in 0..<100 {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.02)
    }
    return condition()
}
