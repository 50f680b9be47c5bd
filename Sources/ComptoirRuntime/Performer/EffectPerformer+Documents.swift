import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirPrint
import ComptoirUI

/// What every feature prints with: the shop's header, the encoder, the print queue, the drawer.
extension EffectPerformer {
    /// Without a printer nothing prints, and the messages say so instead of failing.
    var hasPrinter: Bool { config.printer.transport != .none }
    var noPrinterNote: String { " Pas d'imprimante : rien n'est imprimé." }

    var today: CalendarDay { CalendarDay(Date(), in: ledger.timeZone) }

    /// In training the encoder makes no drawer kick: the drawer never opens for practice.
    var encoder: EscPosEncoder {
        EscPosEncoder(codePage: CodePage(rawValue: config.printer.codePage) ?? .cp858, kicksDrawer: !training)
    }

    /// Who prints: on every receipt, card, slip, X and Z.
    var shopHeader: ReceiptHeader {
        ReceiptHeader(shopName: config.shopName, addressLines: config.shopAddress,
                      siret: config.shopSiret.isEmpty ? nil : config.shopSiret)
    }

    /// The shop, the time, this till and training, for documents other than receipts.
    func documentContext(printedAt: Date = Date()) -> DocumentContext {
        DocumentContext(header: shopHeader, printedAt: printedAt, tillName: till, training: training, demo: demo, timeZone: ledger.timeZone)
    }

    /// Sends `bytes` to the printer from the queue; the answer says what printed (nothing
    /// when `done` is nil: the message already on screen said it prints) or why not,
    /// naming `request`.
    func submitDocument(_ bytes: [UInt8], done: String?, failed: String, request: Effect) {
        let connection = config.printer.connection()
        let logger = logger
        printer.submit {
            do throws(PrinterError) {
                try connection.printChecked(bytes)
                logger.info("document imprimé", metadata: ["document": "\(done ?? failed)"])
                return done.map { [.notice($0)] } ?? []
            } catch {
                logger.warning("impression échouée", metadata: ["document": "\(failed)", "raison": "\(error.message)"])
                return [.failed("\(failed) : \(error.message)", request: request)]
            }
        }
    }

    /// Kicks the drawer from the print queue, after any receipt already on its way.
    /// In training the encoder makes no kick job: nothing is sent.
    func kickDrawer(failure: String, request: Effect) {
        let connection = config.printer.connection()
        let job = encoder.drawerKickJob()
        guard !job.isEmpty else { return }
        let logger = logger
        // Never the training copy's: in training no kick job is made.
        let ledger = ledger, till = till
        printer.submit {
            do throws(PrinterError) {
                try connection.kickDrawer(job)
                logger.info("tiroir ouvert")
                return []
            } catch {
                logger.warning("tiroir non ouvert", metadata: ["raison": "\(error.drawerMessage)"])
                try? ledger.recordDrawerFailure(till: till, reason: error.drawerMessage)
                return [.failed("\(failure) : \(error.drawerMessage)", request: request)]
            }
        }
    }
}
