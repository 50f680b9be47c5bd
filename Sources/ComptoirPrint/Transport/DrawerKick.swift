extension PrinterConnection {
    /// Kicks the cash drawer through the printer. On a two-way link the status is asked
    /// first: a printer out of paper or with its cover open holds `ESC p` until the fault
    /// clears and then springs the drawer open by itself, unseen — so nothing is sent to it.
    /// It is asked again after the kick, to say when the printer went wrong in between.
    public func kickDrawer(_ job: [UInt8]) throws(PrinterError) {
        try printChecked(job)
        if let after = try status(), !after.isReady { throw .notReady(after) }
    }
}

extension PrinterStatus {
    /// Why the drawer did not open, for « Tiroir non ouvert : … ».
    public var drawerReason: String {
        switch self {
        case .ready: return "imprimante prête, mais le tiroir n'a pas répondu"
        case .paperOut: return "l'imprimante n'a plus de papier ; remettez un rouleau, puis ouvrez le tiroir (F11) ou avec sa clé"
        case .coverOpen: return "le capot de l'imprimante est ouvert ; refermez-le, puis ouvrez le tiroir (F11) ou avec sa clé"
        case .offline: return "l'imprimante est hors ligne ; vérifiez-la, puis ouvrez le tiroir (F11) ou avec sa clé"
        }
    }
}

extension PrinterError {
    /// The end of « Tiroir non ouvert : … ».
    public var drawerMessage: String {
        if case .notReady(let status) = self { return status.drawerReason + "." }
        return message
    }
}
