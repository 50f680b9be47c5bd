import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirPrint
import ComptoirUI

/// The ticket at the till: codes, the commit, the receipt and the drawer, parked tickets,
/// and the counter-entries and exceptions a responsable allows.
extension EffectPerformer {
    func perform(_ effect: SaleEffect) throws -> [Msg] {
        let request = Effect.sale(effect)
        switch effect {
        case .resolveCode(let code, let quantity):
            return [.sale(.codeResolved(code: code, quantity: quantity, item: try ledger.lookup(code: code)))]
        case .resolveMeasured(let code):
            return [.sale(.measuredResolved(code, item: try ledger.lookup(code: code.item)))]
        case .commitSale(let draft, let operatorId, let sessionId):
            let ticket = try ledger.commitSale(draft, till: till, operatorId: operatorId, sessionId: sessionId)
            logger.info("vente", metadata: ["numero": "\(ticket.number)", "total": "\(ticket.total.cents)"])
            return [.sale(.saleCommitted(number: ticket.number, change: ticket.change, creditNote: ticket.creditNote))]
        case .printReceipt(let number, let duplicate, let openDrawer, let operatorId):
            try printReceipt(number: number, duplicate: duplicate, openDrawer: openDrawer, operatorId: operatorId)
            return []
        case .openDrawer:
            kickDrawer(failure: "Tiroir non ouvert", request: request)
            return []
        case .openDrawerApproved(let approval):
            let manager = try manager(approval)
            try ledger.recordDrawerOpening(till: till, operatorId: approval.operatorId, authorizedBy: manager.id, reason: approval.reason)
            logger.info("tiroir ouvert sans vente", metadata: ["responsable": "\(manager.id)"])
            kickDrawer(failure: "Tiroir non ouvert (la demande est notée au journal)", request: request)
            return [.sale(.drawerOpened(by: manager.firstName))]
        case .parkTicket(let lines, let operatorId):
            let ticket = try ledger.park(lines, till: till, operatorId: operatorId)
            logger.info("ticket en attente", metadata: ["attente": "\(ticket.id)"])
            return [.sale(.parked(ticket))]
        case .loadParked:
            return [.sale(.parkedLoaded(try ledger.parkedTickets()))]
        case .resumeParked(let id, let operatorId):
            return [.sale(.resumed(try ledger.resumeParked(id: id, till: till, operatorId: operatorId)))]
        case .cancelTicket(let number, let approval):
            let manager = try manager(approval)
            let session = try currentSession("rien n'a été annulé")
            let counter = try ledger.cancelTicket(number: number, reason: approval.reason, authorizedBy: manager.id,
                                                  till: till, operatorId: approval.operatorId, sessionId: session.id)
            logger.info("ticket annulé", metadata: ["numero": "\(number)", "annulation": "\(counter.number)"])
            return [counterEntry(.cancellation, original: number, counter, by: manager.firstName)]
        case .loadRefundable(let number):
            return [.sale(.refundableLoaded(try ledger.refundable(number: number)))]
        case .refund(let refund, let approval):
            let manager = try manager(approval)
            let session = try currentSession("rien n'a été remboursé")
            let counter = try ledger.refund(refund, reason: approval.reason, authorizedBy: manager.id, till: till,
                                            operatorId: approval.operatorId, sessionId: session.id)
            logger.info("remboursement", metadata: ["numero": "\(refund.number)", "remboursement": "\(counter.number)",
                                                    "montant": "\(counter.total.cents)"])
            return [counterEntry(.refund, original: refund.number, counter, by: manager.firstName)]
        case .loadHousehold(let number):
            return [.sale(.householdLoaded(number: number, try ledger.householdStanding(number: number)))]
        case .epicerieOverride(let approval):
            let manager = try manager(approval)
            // Journaled with the ticket it allows (its responsable and reason).
            logger.info("dérogation épicerie", metadata: ["responsable": "\(manager.id)"])
            return [.sale(.overrideGranted(managerId: manager.id, name: manager.firstName, reason: approval.reason))]
        case .resolveLabel(let text):
            return [.sale(.consignedLineResolved(try ledger.saleLine(label: text)))]
        case .resolveHandwritten(let box, let price):
            return [.sale(.consignedLineResolved(try ledger.handwrittenLine(box: box, price: price, today: today)))]
        case .lookUpTicket(let number):
            return [.sale(.ticketLookedUp(number: number, try cancellable(number)))]
        case .loadTicketPreview(let number):
            return try ledger.ticket(number: number).map { [.sale(.ticketPreviewLoaded(preview($0)))] } ?? []
        }
    }

    /// The ticket `number` as the cancellation window shows it, nil when there is none;
    /// refused before any PIN when the ledger would refuse to cancel it.
    private func cancellable(_ number: Int64) throws -> TicketPreview? {
        guard let stored = try ledger.ticket(number: number) else { return nil }
        let refundable = try ledger.refundable(number: number)  // refuses a counter-entry, a cancelled ticket
        let session = try currentSession("rien n'a été annulé")
        guard stored.sessionId == session.id else {
            throw LedgerError.refused("Le ticket n° \(number) n'est pas de la session en cours de cette caisse : faites un remboursement (Alt+M).")
        }
        if refundable.lines.contains(where: { $0.refundable < $0.line.quantity }) {
            throw LedgerError.refused("Le ticket n° \(number) a déjà un remboursement : remboursez les articles qui restent (Alt+M).")
        }
        return preview(stored)
    }

    private func preview(_ stored: StoredTicket) -> TicketPreview {
        TicketPreview(
            number: stored.number, at: stored.at, operatorName: stored.operatorName,
            lines: stored.lines.map { .init(label: $0.label, quantity: $0.quantity, amount: $0.amount) },
            total: stored.total,
            payments: stored.payments.map { .init(label: $0.issuesCreditNote ? "Nouvel avoir" : $0.method.label, amount: $0.amount) })
    }

    /// The answer to a committed counter-entry.
    private func counterEntry(_ kind: CounterEntry.Kind, original: Int64, _ counter: CommittedTicket, by name: String) -> Msg {
        .sale(.counterEntryCommitted(CounterEntry(kind: kind, original: original, number: counter.number, cashBack: counter.cashBack,
                                                  creditNote: counter.creditNote, by: name)))
    }

    /// The ticket is read back from the ledger: what prints is what was committed. A
    /// duplicate is journaled before it prints. The printing itself goes to the queue;
    /// its answer (`.printed` or `.printFailed`) comes back later.
    private func printReceipt(number: Int64, duplicate: Bool, openDrawer: Bool, operatorId: Int64) throws {
        guard let ticket = try ledger.ticket(number: number) else {
            throw LedgerError.refused("Il n'y a pas de ticket n° \(number) : vérifiez le numéro.")
        }
        if duplicate { try ledger.recordReprint(number: number, till: till, operatorId: operatorId) }
        let kind: Receipt.Kind
        if ticket.kind == "cancellation", let original = ticket.originalNumber {
            kind = .cancellation(of: original)
        } else if ticket.kind == "refund", let original = ticket.originalNumber {
            kind = .refund(of: original)
        } else {
            kind = .sale
        }
        let receipt = Receipt(header: shopHeader, kind: kind, ticketNumber: ticket.number, date: ticket.at, tillName: ticket.till,
                              operatorName: ticket.operatorName, lines: ticket.lines, payments: ticket.payments,
                              total: ticket.total, change: ticket.change, vatMention: config.vatMention,
                              footerLines: config.shopFooter,
                              duplicate: duplicate, training: training,
                              trainingBase: training ? try ledger.trainingBase() : nil, demo: demo,
                              showAid: try ledger.epicerieRules().showAidOnReceipt,
                              journalHead: config.printer.journalHead ? try ledger.chainHead(at: ticket.journalSeq) : nil)
        let bytes = encoder.encode(receipt, width: config.printer.width, openDrawer: openDrawer)
        let connection = config.printer.connection()
        let logger = logger
        printer.submit {
            do throws(PrinterError) {
                try connection.printChecked(bytes)
                logger.info("ticket imprimé", metadata: ["numero": "\(number)", "duplicata": "\(duplicate)"])
                return [.sale(.printed(number: number, duplicate: duplicate))]
            } catch {
                logger.warning("impression échouée", metadata: ["numero": "\(number)", "raison": "\(error.message)"])
                return [.sale(.printFailed(PendingPrint(number: number, duplicate: duplicate), message: error.message))]
            }
        }
    }
}
