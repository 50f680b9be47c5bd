/// What an ESC/POS printer says about itself when asked with `DLE EOT n`.
public enum PrinterStatus: Equatable, Sendable {
    case ready(paperNearEnd: Bool)
    case paperOut
    case coverOpen
    case offline

    public var isReady: Bool {
        if case .ready = self { return true }
        return false
    }

    /// French text for the status line and for `comptoir printer test`.
    public var message: String {
        switch self {
        case .ready(false): return "Imprimante prête."
        case .ready(true): return "Imprimante prête, mais le rouleau de papier est presque fini."
        case .paperOut: return "L'imprimante n'a plus de papier : mettez un rouleau neuf puis réimprimez."
        case .coverOpen: return "Le capot de l'imprimante est ouvert : refermez-le puis réimprimez."
        case .offline: return "L'imprimante est hors ligne : vérifiez qu'elle est allumée et son voyant, puis réimprimez."
        }
    }

    /// The three real-time requests asked, in this order: printer, offline cause, paper.
    public static let requests: [[UInt8]] = [[0x10, 0x04, 0x01], [0x10, 0x04, 0x02], [0x10, 0x04, 0x04]]

    /// Reads the answers to `requests` (Epson's bit layout); nil when a byte does not have
    /// the fixed bits of a status answer (bit 1 and 4 set, bits 0 and 7 clear).
    public static func parse(printer: UInt8, offlineCause: UInt8, paper: UInt8) -> PrinterStatus? {
        for byte in [printer, offlineCause, paper] where byte & 0x93 != 0x12 { return nil }
        if paper & 0x60 != 0 || offlineCause & 0x20 != 0 { return .paperOut }
        if offlineCause & 0x04 != 0 { return .coverOpen }
        if printer & 0x08 != 0 { return .offline }
        return .ready(paperNearEnd: paper & 0x0C != 0)
    }
}
