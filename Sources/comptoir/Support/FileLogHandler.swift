import Foundation
import Logging
import ComptoirRuntime

/// swift-log to a file: never to stderr, which curses owns while the till runs.
struct FileLogHandler: LogHandler {
    private let sink: Sink
    private let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    /// One open file shared by every logger; writes are serialised.
    final class Sink: @unchecked Sendable {
        private let handle: FileHandle?
        private let lock = NSLock()
        private let clock = ISO8601DateFormatter()

        init(path: String) {
            try? DataFolder.prepare(forFile: path)
            if !FileManager.default.fileExists(atPath: path) {
                _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
            }
            handle = FileHandle(forWritingAtPath: path)
            _ = try? handle?.seekToEnd()
        }

        /// Writes one line stamped with the current time.
        func write(_ line: String) {
            lock.lock()
            defer { lock.unlock() }
            handle?.write(Data((clock.string(from: Date()) + " " + line).utf8))
        }
    }

    init(label: String, sink: Sink, level: Logger.Level) {
        self.label = label
        self.sink = sink
        self.logLevel = level
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var all = metadata
        if let extra = event.metadata { all.merge(extra) { $1 } }
        let meta = all.isEmpty ? "" : " " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        sink.write("\(event.level) \(label): \(event.message)\(meta)\n")
    }

    /// Points swift-log at `path`, once per process.
    static func bootstrap(path: String, level: String) {
        let sink = Sink(path: path)
        let lvl = Logger.Level(rawValue: level) ?? .info
        LoggingSystem.bootstrap { FileLogHandler(label: $0, sink: sink, level: lvl) }
    }
}
