import Foundation

/// Writes and reads on a printer's descriptor with a deadline, so that a printer that does
/// not answer never blocks the till.
enum FileDescriptorIO {
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], timeoutMilliseconds: Int32) throws(PrinterError) {
        var done = 0
        while done < bytes.count {
            guard try wait(fd, events: Int16(POLLOUT), timeoutMilliseconds: timeoutMilliseconds) else {
                throw .noAnswer
            }
            let n = bytes[done...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n > 0 { done += n; continue }
            if n < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            throw .writeFailed(SystemErrorText.french(errno))
        }
    }

    /// One byte, or nil when nothing came before the deadline.
    static func readByte(_ fd: Int32, timeoutMilliseconds: Int32) throws(PrinterError) -> UInt8? {
        while true {
            guard try wait(fd, events: Int16(POLLIN), timeoutMilliseconds: timeoutMilliseconds) else { return nil }
            var byte: UInt8 = 0
            let n = read(fd, &byte, 1)
            if n == 1 { return byte }
            if n < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            if n == 0 { throw .writeFailed("liaison fermée par l'imprimante") }
            throw .writeFailed(SystemErrorText.french(errno))
        }
    }

    /// Asks the three status bytes; nil when the printer stays silent.
    static func askStatus(_ fd: Int32, timeoutMilliseconds: Int32) throws(PrinterError) -> PrinterStatus {
        var answers: [UInt8] = []
        for request in PrinterStatus.requests {
            try writeAll(fd, request, timeoutMilliseconds: timeoutMilliseconds)
            guard let byte = try readByte(fd, timeoutMilliseconds: timeoutMilliseconds) else { throw .noAnswer }
            answers.append(byte)
        }
        guard let status = PrinterStatus.parse(printer: answers[0], offlineCause: answers[1], paper: answers[2]) else {
            throw .unexpectedAnswer
        }
        return status
    }

    /// The drawer sensor's level from the printer status (DLE EOT 1, bit 2).
    static func askDrawerSensor(_ fd: Int32, timeoutMilliseconds: Int32) throws(PrinterError) -> Bool {
        try writeAll(fd, PrinterStatus.requests[0], timeoutMilliseconds: timeoutMilliseconds)
        guard let byte = try readByte(fd, timeoutMilliseconds: timeoutMilliseconds) else { throw .noAnswer }
        guard byte & 0x93 == 0x12 else { throw .unexpectedAnswer }
        return byte & 0x04 != 0
    }

    /// True when `events` is possible before the deadline.
    private static func wait(_ fd: Int32, events: Int16, timeoutMilliseconds: Int32) throws(PrinterError) -> Bool {
        var pfd = pollfd(fd: fd, events: events, revents: 0)
        while true {
            let r = poll(&pfd, 1, timeoutMilliseconds)
            if r > 0 {
                if pfd.revents & Int16(POLLERR | POLLNVAL) != 0 { throw .writeFailed("liaison en erreur") }
                return true
            }
            if r == 0 { return false }
            if errno != EINTR { throw .writeFailed(SystemErrorText.french(errno)) }
        }
    }
}
