import ComptoirPrint
import ComptoirUI
import TOMLKit

/// The `[printer]` section: how this till reaches its receipt printer.
public struct PrinterSettings: Sendable {
    public init() {}
    public enum Transport: String, Sendable { case none, file, device, network }

    public var transport = Transport.none
    public var path: String?
    public var baud: Int?
    public var host: String?
    public var port = 9100
    /// Ask DLE EOT before printing. Default: yes on the network and on a serial port, no on
    /// a USB device (many drivers never answer).
    public var status: Bool?
    public var width = ReceiptWidth.medium
    public var codePage = "cp858"
    /// "ask": "Ticket ?" after each sale (the French rule since 2023); "always": print it.
    public var receipt = "ask"
    /// The answer Entrée gives to "Ticket ?".
    public var receiptDefault = false
    /// Print `Journal n° … · <hash>` at the bottom of each receipt (a Z always prints it).
    public var journalHead = true

    public var receiptMode: ReceiptMode {
        if transport == .none { return .noPrinter }
        return receipt == "always" ? .always : .ask(default: receiptDefault)
    }

    /// The connection these settings describe.
    public func connection() -> any PrinterConnection {
        switch transport {
        case .none: return NoPrinter()
        case .file: return FilePrinter(path: path ?? "")
        case .device:
            let device = path ?? ""
            return DevicePrinter(path: device, baudRate: baud,
                                 askStatus: status ?? (baud != nil || device.contains("tty")))
        case .network:
            return NetworkPrinter(host: host ?? "", port: UInt16(port), askStatus: status ?? true)
        }
    }

    public static func parse(_ table: TOMLTable, name: String) throws -> PrinterSettings {
        func problem(_ text: String) -> Configuration.Problem {
            Configuration.Problem(description: "Configuration « \(name) » : \(text)")
        }
        var settings = PrinterSettings()
        if let value = table["transport"] {
            guard let text = value.string, let transport = Transport(rawValue: text) else {
                throw problem("« printer.transport » vaut none, file, device ou network.")
            }
            settings.transport = transport
        }
        if let value = table["path"] {
            guard let text = value.string, !text.isEmpty else { throw problem("« printer.path » est un chemin entre guillemets.") }
            settings.path = Configuration.expandHome(text)
        }
        if let value = table["baud"] {
            guard let n = value.int, DevicePrinter.baudRates[n] != nil else {
                throw problem("« printer.baud » vaut 9600, 19200, 38400, 57600 ou 115200.")
            }
            settings.baud = n
        }
        if let value = table["host"] {
            guard let text = value.string, !text.isEmpty else { throw problem("« printer.host » est une adresse entre guillemets.") }
            settings.host = text
        }
        if let value = table["port"] {
            guard let n = value.int, (1...65_535).contains(n) else { throw problem("« printer.port » est un nombre de 1 à 65535.") }
            settings.port = n
        }
        if let value = table["status"] {
            guard let flag = value.bool else { throw problem("« printer.status » vaut true ou false.") }
            settings.status = flag
        }
        if let value = table["width"] {
            guard let n = value.int, let width = ReceiptWidth(rawValue: n) else {
                throw problem("« printer.width » vaut 32 (papier de 58 mm), 42 ou 48 (80 mm).")
            }
            settings.width = width
        }
        if let value = table["code_page"] {
            guard let text = value.string, ["cp858", "wpc1252"].contains(text) else {
                throw problem("« printer.code_page » vaut cp858 ou wpc1252.")
            }
            settings.codePage = text
        }
        if let value = table["receipt"] {
            guard let text = value.string, ["ask", "always"].contains(text) else {
                throw problem("« printer.receipt » vaut ask (demander « Ticket ? ») ou always (toujours imprimer).")
            }
            settings.receipt = text
        }
        if let value = table["receipt_default"] {
            guard let flag = value.bool else { throw problem("« printer.receipt_default » vaut true ou false.") }
            settings.receiptDefault = flag
        }
        if let value = table["journal_head"] {
            guard let flag = value.bool else { throw problem("« printer.journal_head » vaut true ou false.") }
            settings.journalHead = flag
        }
        if [.file, .device].contains(settings.transport), settings.path == nil {
            throw problem("« printer.path » est nécessaire avec transport = \"\(settings.transport.rawValue)\".")
        }
        if settings.transport == .network, settings.host == nil {
            throw problem("« printer.host » est nécessaire avec transport = \"network\".")
        }
        return settings
    }
}
