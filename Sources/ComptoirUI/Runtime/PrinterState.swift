/// What the receipt printer last said about itself, polled in the background (at most
/// every 10 s) on a two-way link; the status line speaks only when it changes.
public enum PrinterState: Equatable, Sendable {
    case ready
    case paperNearEnd
    case paperOut
    case coverOpen
    case offline
    case notAnswering

    /// The status line when the printer comes to this state.
    public var statusLine: StatusLine {
        switch self {
        case .ready: return .success("Imprimante prête.")
        case .paperNearEnd: return .info("Imprimante : le rouleau de papier est presque fini ; préparez-en un neuf.")
        case .paperOut: return .error("Imprimante : plus de papier. Mettez un rouleau neuf (les ventes continuent ; F7 réimprime).")
        case .coverOpen: return .error("Imprimante : le capot est ouvert. Refermez-le.")
        case .offline: return .error("Imprimante hors ligne : vérifiez-la (voyant, bouton).")
        case .notAnswering: return .error("L'imprimante ne répond plus : vérifiez qu'elle est allumée et branchée.")
        }
    }
}

extension App {
    /// A background status poll answered: said only when it differs from the last one,
    /// and « prête » only after a problem (not at every start).
    static func printerPolled(_ state: inout AppState, _ printer: PrinterState) {
        // The login screen's line is its own (a PIN refused, the last ticket after a
        // crash): the state is taken, and said, at the first poll after the login.
        guard state.screen != .login else { return }
        let last = state.printerState
        state.printerState = printer
        guard last != printer, !(last == nil && printer == .ready) else { return }
        state.status = printer.statusLine
    }
}
