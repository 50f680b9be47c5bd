import Foundation

/// Appends the bytes to a file: previews, tests, or a spool another program reads.
public struct FilePrinter: PrinterConnection {
    public let path: String

    public init(path: String) { self.path = path }

    public var target: String { path }

    public func status() throws(PrinterError) -> PrinterStatus? { nil }

    public func send(_ bytes: [UInt8]) throws(PrinterError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotOpen(path, reason: SystemErrorText.french(errno)) }
        defer { close(fd) }
        try FileDescriptorIO.writeAll(fd, bytes, timeoutMilliseconds: 2_000)
    }
}
