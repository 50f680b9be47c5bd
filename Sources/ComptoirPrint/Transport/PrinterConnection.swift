/// A link to a printer: where the bytes go and, when the link is two-way, where the status
/// comes from.
public protocol PrinterConnection: Sendable {
    /// A short description for messages ("192.168.1.50:9100", "/dev/usb/lp0").
    var target: String { get }
    /// The printer's status, or nil when this link cannot ask (one-way, a file, none).
    func status() throws(PrinterError) -> PrinterStatus?
    func send(_ bytes: [UInt8]) throws(PrinterError)
    /// The level of the drawer sensor (kick-out connector pin 3): true when high; nil when
    /// this link cannot ask.
    func drawerSensor() throws(PrinterError) -> Bool?
}

extension PrinterConnection {
    public func drawerSensor() throws(PrinterError) -> Bool? { nil }
}

extension PrinterConnection {
    /// Asks the status first where the link allows it, and sends only to a ready printer.
    /// Returns the status seen (nil on a one-way link).
    @discardableResult
    public func printChecked(_ bytes: [UInt8]) throws(PrinterError) -> PrinterStatus? {
        let seen = try status()
        if let seen, !seen.isReady { throw .notReady(seen) }
        try send(bytes)
        return seen
    }
}
