import ComptoirPrint
import ComptoirUI

extension EffectPerformer {
    /// Asks the printer's state on the print queue (never on the till's loop: a network
    /// printer may take its two seconds not to answer). A one-way link answers nothing.
    func pollPrinter() {
        let connection = config.printer.connection()
        printer.submit {
            do throws(PrinterError) {
                guard let status = try connection.status() else { return [] }
                return [.printerPolled(PrinterState(status))]
            } catch {
                // Not configured: nothing to say; any other failure: it does not answer.
                if case .notConfigured = error { return [] }
                return [.printerPolled(.notAnswering)]
            }
        }
    }
}

extension PrinterState {
    init(_ status: PrinterStatus) {
        switch status {
        case .ready(let nearEnd): self = nearEnd ? .paperNearEnd : .ready
        case .paperOut: self = .paperOut
        case .coverOpen: self = .coverOpen
        case .offline: self = .offline
        }
    }
}
