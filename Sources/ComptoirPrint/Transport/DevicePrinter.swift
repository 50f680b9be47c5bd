import Foundation

/// A printer behind a device file: USB (`/dev/usb/lp0`) or serial (`/dev/ttyUSB0`, with its
/// baud rate). The status is asked only when the link is set as two-way: many USB printer
/// drivers never answer.
public struct DevicePrinter: PrinterConnection {
    public let path: String
    public let baudRate: Int?
    public let askStatus: Bool
    public let timeoutMilliseconds: Int32

    public init(path: String, baudRate: Int? = nil, askStatus: Bool = false, timeoutMilliseconds: Int32 = 2_000) {
        self.path = path
        self.baudRate = baudRate
        self.askStatus = askStatus
        self.timeoutMilliseconds = timeoutMilliseconds
    }

    public var target: String { path }

    /// Baud rates a receipt printer's serial port uses.
    public static let baudRates: [Int: speed_t] = [
        9_600: speed_t(B9600), 19_200: speed_t(B19200), 38_400: speed_t(B38400),
        57_600: speed_t(B57600), 115_200: speed_t(B115200),
    ]

    public func status() throws(PrinterError) -> PrinterStatus? {
        guard askStatus else { return nil }
        let fd = try openDevice()
        defer { close(fd) }
        return try FileDescriptorIO.askStatus(fd, timeoutMilliseconds: timeoutMilliseconds)
    }

    public func drawerSensor() throws(PrinterError) -> Bool? {
        guard askStatus else { return nil }
        let fd = try openDevice()
        defer { close(fd) }
        return try FileDescriptorIO.askDrawerSensor(fd, timeoutMilliseconds: timeoutMilliseconds)
    }

    public func send(_ bytes: [UInt8]) throws(PrinterError) {
        let fd = try openDevice()
        defer { close(fd) }
        try FileDescriptorIO.writeAll(fd, bytes, timeoutMilliseconds: timeoutMilliseconds)
    }

    private func openDevice() throws(PrinterError) -> Int32 {
        let fd = open(path, O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .cannotOpen(path, reason: SystemErrorText.french(errno)) }
        if let baudRate {
            guard let speed = Self.baudRates[baudRate] else {
                close(fd)
                throw .cannotOpen(path, reason: "vitesse \(baudRate) non prise en charge")
            }
            var tio = termios()
            if tcgetattr(fd, &tio) == 0 {
                cfmakeraw(&tio)
                cfsetispeed(&tio, speed)
                cfsetospeed(&tio, speed)
                tio.c_cflag |= tcflag_t(CLOCAL | CREAD)
                tcsetattr(fd, TCSANOW, &tio)
            }
        }
        return fd
    }
}
