import Foundation

/// An Ethernet or Wi-Fi printer on its raw port (9100). Two-way: the status is asked
/// before each document. Each call opens its own short connection.
public struct NetworkPrinter: PrinterConnection {
    public let host: String
    public let port: UInt16
    public let askStatus: Bool
    public let timeoutMilliseconds: Int32

    public init(host: String, port: UInt16 = 9100, askStatus: Bool = true, timeoutMilliseconds: Int32 = 2_000) {
        self.host = host
        self.port = port
        self.askStatus = askStatus
        self.timeoutMilliseconds = timeoutMilliseconds
    }

    public var target: String { "\(host):\(port)" }

    public func status() throws(PrinterError) -> PrinterStatus? {
        guard askStatus else { return nil }
        let fd = try connect()
        defer { close(fd) }
        return try FileDescriptorIO.askStatus(fd, timeoutMilliseconds: timeoutMilliseconds)
    }

    public func drawerSensor() throws(PrinterError) -> Bool? {
        guard askStatus else { return nil }
        let fd = try connect()
        defer { close(fd) }
        return try FileDescriptorIO.askDrawerSensor(fd, timeoutMilliseconds: timeoutMilliseconds)
    }

    public func send(_ bytes: [UInt8]) throws(PrinterError) {
        let fd = try connect()
        defer { close(fd) }
        try FileDescriptorIO.writeAll(fd, bytes, timeoutMilliseconds: timeoutMilliseconds)
    }

    /// A connected non-blocking socket, within the timeout.
    private func connect() throws(PrinterError) -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let rc = getaddrinfo(host, String(port), &hints, &list)
        guard rc == 0, let first = list else {
            throw .cannotOpen(target, reason: "adresse inconnue")
        }
        defer { freeaddrinfo(list) }
        var reason = "pas de réponse"
        var info: UnsafeMutablePointer<addrinfo>? = first
        while let ai = info {
            info = ai.pointee.ai_next
            let fd = socket(ai.pointee.ai_family, ai.pointee.ai_socktype | Int32(SOCK_CLOEXEC.rawValue), ai.pointee.ai_protocol)
            guard fd >= 0 else { continue }
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            if Glibc.connect(fd, ai.pointee.ai_addr, ai.pointee.ai_addrlen) == 0 { return fd }
            if errno == EINPROGRESS {
                var pfd = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                if poll(&pfd, 1, timeoutMilliseconds) == 1 {
                    var error: Int32 = 0
                    var length = socklen_t(MemoryLayout<Int32>.size)
                    getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length)
                    if error == 0 { return fd }
                    reason = SystemErrorText.french(error)
                } else {
                    reason = "pas de réponse en \(timeoutMilliseconds / 1000) s"
                }
            } else {
                reason = SystemErrorText.french(errno)
            }
            close(fd)
        }
        throw .cannotOpen(target, reason: reason)
    }
}
