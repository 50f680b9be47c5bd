/// No printer at this till: every print is refused with a clear message.
public struct NoPrinter: PrinterConnection {
    public init() {}
    public var target: String { "aucune" }
    public func status() throws(PrinterError) -> PrinterStatus? { throw .notConfigured }
    public func send(_ bytes: [UInt8]) throws(PrinterError) { throw .notConfigured }
}
