import Foundation

/// Anything that weighs: the serial scale, or a double in the UI tests.
public protocol Scale: Sendable {
    func read() throws(ScaleError) -> ScaleReading
}

/// A shop scale on a serial port (`/dev/ttyUSB0`…) speaking Toledo 8217 or SMA.
///
/// The port is opened for each reading on purpose: a USB scale unplugged and plugged back
/// works again at the next reading, without restarting the till.
public struct SerialScale: Scale {
    public let port: String
    public let baud: Int
    /// "7E1" or "8N1".
    public let framing: String
    public let timeout: Duration
    public let scaleProtocol: ScaleProtocol

    public static let baudRates: [Int: speed_t] = [
        1_200: speed_t(B1200), 2_400: speed_t(B2400), 4_800: speed_t(B4800),
        9_600: speed_t(B9600), 19_200: speed_t(B19200),
    ]
    public static let framings = ["7E1", "8N1"]

    /// Checks the settings only; the port is opened by `read()`.
    public init(port: String, baud: Int = 9_600, framing: String = "7E1", timeout: Duration = .seconds(1),
                protocol scaleProtocol: ScaleProtocol = .toledo8217) throws(ScaleError) {
        guard Self.baudRates[baud] != nil else { throw .unsupportedBaud(baud) }
        let normalized = framing.trimmingCharacters(in: .whitespaces).uppercased()
        guard Self.framings.contains(normalized) else { throw .unsupportedFraming(framing) }
        self.port = port
        self.baud = baud
        self.framing = normalized
        self.timeout = timeout
        self.scaleProtocol = scaleProtocol
    }

    public func read() throws(ScaleError) -> ScaleReading {
        let deadline = ContinuousClock.now + timeout
        let fd = try SerialLink.openPort(port, speed: Self.baudRates[baud]!, sevenEvenOne: framing == "7E1")
        defer { close(fd) }
        // Drop what the scale said before we asked, so an old answer is never taken.
        tcflush(fd, TCIFLUSH)
        try SerialLink.writeAll(fd, scaleProtocol.request, port: port, deadline: deadline)
        let answer = try SerialLink.readAnswer(fd, scaleProtocol, port: port, deadline: deadline)
        return try scaleProtocol.parse(answer)
    }
}

/// Descriptor-level work, kept out of `SerialScale` whose `read()` would shadow the C call.
enum SerialLink {
    /// Longest answer worth waiting for; beyond it the scale is talking another protocol.
    static let maxAnswer = 64

    static func openPort(_ port: String, speed: speed_t, sevenEvenOne: Bool) throws(ScaleError) -> Int32 {
        let fd = open(port, O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .cannotOpen(port, reason: SystemReason.french(errno)) }
        guard isatty(fd) == 1 else {
            close(fd)
            throw .notATerminal(port)
        }
        var tio = termios()
        guard tcgetattr(fd, &tio) == 0 else {
            let reason = SystemReason.french(errno)
            close(fd)
            throw .io(reason)
        }
        cfmakeraw(&tio)
        cfsetispeed(&tio, speed)
        cfsetospeed(&tio, speed)
        // cfmakeraw leaves CS8 without parity; 7E1 needs 7 bits, even parity, 1 stop bit.
        tio.c_cflag &= ~tcflag_t(CSIZE | PARENB | PARODD | CSTOPB)
        tio.c_cflag &= ~tcflag_t(CRTSCTS)
        tio.c_cflag |= tcflag_t(sevenEvenOne ? CS7 | PARENB : CS8)
        tio.c_cflag |= tcflag_t(CLOCAL | CREAD)
        // No software flow control, and no parity check: a bad byte makes a garbled answer anyway.
        tio.c_iflag &= ~tcflag_t(IXON | IXOFF | IXANY | INPCK)
        var applied = tcsetattr(fd, TCSANOW, &tio) == 0
        if !applied && sevenEvenOne && errno == EINVAL {
            // Some ports refuse 7 bits + parity (a Linux pty stays CS8). 8N1 receives the
            // same 10-bit frame and the parser drops bit 7; such ports do their own framing.
            tio.c_cflag &= ~tcflag_t(CSIZE | PARENB)
            tio.c_cflag |= tcflag_t(CS8)
            applied = tcsetattr(fd, TCSANOW, &tio) == 0
        }
        guard applied else {
            let reason = SystemReason.french(errno)
            close(fd)
            throw .io(reason)
        }
        return fd
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], port: String, deadline: ContinuousClock.Instant) throws(ScaleError) {
        var done = 0
        while done < bytes.count {
            guard try wait(fd, events: Int16(POLLOUT), deadline: deadline) else { throw .noAnswer(port) }
            let n = bytes[done...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n > 0 { done += n; continue }
            if n < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            throw .io(SystemReason.french(errno))
        }
    }

    /// Bytes up to the end of a whole answer (its CR); answers may come in several chunks.
    static func readAnswer(_ fd: Int32, _ scaleProtocol: ScaleProtocol, port: String, deadline: ContinuousClock.Instant) throws(ScaleError) -> [UInt8] {
        var answer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64)
        while try wait(fd, events: Int16(POLLIN), deadline: deadline) {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            if n < 0 { throw .io(SystemReason.french(errno)) }
            if n == 0 { throw .io("liaison coupée") }
            for byte in chunk[..<n] {
                answer.append(byte)
                if scaleProtocol.isComplete(answer) { return answer }
            }
            if answer.count > maxAnswer { throw .garbled }
        }
        // Bytes without a complete answer: the scale talks, but not this protocol at these settings.
        if answer.isEmpty { throw .noAnswer(port) }
        throw .garbled
    }

    /// True when `events` is possible before the deadline.
    private static func wait(_ fd: Int32, events: Int16, deadline: ContinuousClock.Instant) throws(ScaleError) -> Bool {
        var pfd = pollfd(fd: fd, events: events, revents: 0)
        while true {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return false }
            let r = poll(&pfd, 1, milliseconds(left))
            if r > 0 {
                if pfd.revents & events != 0 { return true }
                if pfd.revents & Int16(POLLHUP) != 0 { throw .io("liaison coupée") }
                throw .io("liaison en erreur")
            }
            if r < 0 && errno != EINTR { throw .io(SystemReason.french(errno)) }
        }
    }

    /// Rounded up, so poll never returns just before the deadline and spins.
    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let ms = seconds * 1_000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: ms)
    }
}

/// The system's reasons in French: strerror() speaks English under the C locale.
enum SystemReason {
    static func french(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "introuvable"
        case EACCES, EPERM: return "accès refusé ; l'utilisateur doit être dans le groupe dialout"
        case EBUSY: return "occupé par un autre programme"
        case EISDIR: return "c'est un dossier, pas un port"
        case EIO: return "erreur d'entrée-sortie"
        case ENODEV, ENXIO: return "appareil absent ou débranché"
        default: return String(cString: strerror(code))
        }
    }
}
