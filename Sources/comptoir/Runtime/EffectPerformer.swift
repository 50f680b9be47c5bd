import Foundation
import Logging
import ComptoirCore
import ComptoirLedger
import ComptoirPrint
import ComptoirUI

/// Performs the interface's effects on the ledger and answers with messages.
struct EffectPerformer {
    let ledger: Ledger
    let till: String
    let config: Configuration
    /// Where printer and drawer work runs, off the loop; its answers come back as messages.
    let printer: PrintQueue<[Msg]>
    /// Training mode: every document says FACTICE.
    var training = false
    /// The demo shop (`--demo`): every document says DÉMONSTRATION.
    var demo = false
    /// The configured scale, if any.
    var scale: ScaleReader?
    let logger = Logger(label: "comptoir.caisse")

    func perform(_ effect: Effect) -> [Msg] {
        do {
            return try run(effect)
        } catch let error as LedgerError {
            logger.warning("refus", metadata: ["effet": "\(name(effect))", "raison": "\(error.message)"])
            if case .commitSale = effect {
                return [.failed("Vente NON enregistrée : \(error.message)")]
            }
            return [.failed(error.message)]
        } catch {
            logger.error("erreur", metadata: ["effet": "\(name(effect))", "erreur": "\(error)"])
            return [.failed("Erreur inattendue (\(error.localizedDescription)). Rien n'a été enregistré ; réessayez ou appelez un responsable.")]
        }
    }

    private func run(_ effect: Effect) throws -> [Msg] {
        if let answer = try runConsignment(effect) { return answer }
        if let answer = try runClosing(effect) { return answer }
        if let answer = try runFriperie(effect) { return answer }
        switch effect {
        case .loadUsers:
            return [.usersLoaded(try ledger.users(includeInactive: true))]
        case .createFirstManager(let firstName, let pin):
            guard try !ledger.hasUsers() else {
                return [.failed("Un compte existe déjà : connectez-vous.")]
            }
            _ = try ledger.createUser(firstName: firstName, pin: pin, role: .admin, by: nil, till: till)
            return [.usersLoaded(try ledger.users(includeInactive: true))]
        case .authenticate(let userId, let pin):
            let user: UserSummary
            switch try ledger.checkPin(userId: userId, pin: pin, at: .login, now: Date(), till: till) {
            case .accepted(let accepted): user = accepted
            case .refused(let refusal):
                logger.notice("code PIN refusé", metadata: ["utilisateur": "\(userId)", "raison": "\(refusal)"])
                return [.loginRefused(refusal)]
            }
            logger.info("connexion", metadata: ["utilisateur": "\(user.id)"])
            return [.loggedIn(user, try ledger.currentSession(till: till).map(Self.openSession))]
        case .openSession(let float, let operatorId):
            let session = try ledger.openSession(till: till, operatorId: operatorId, float: float)
            logger.info("caisse ouverte", metadata: ["session": "\(session.id)", "fond": "\(float.cents)"])
            return [.sessionOpened(Self.openSession(session))]
        case .resolveCode(let code, let quantity):
            return [.codeResolved(code: code, quantity: quantity, item: try ledger.lookup(code: code))]
        case .readScale:
            guard let scale else {
                return [.scaleAnswered(grams: nil, problem: "Aucune balance n'est configurée (scale.port) : tapez le poids.")]
            }
            scale.read()
            return []
        case .commitSale(let draft, let operatorId, let sessionId):
            let ticket = try ledger.commitSale(draft, till: till, operatorId: operatorId, sessionId: sessionId)
            logger.info("vente", metadata: ["numero": "\(ticket.number)", "total": "\(ticket.total.cents)"])
            return [.saleCommitted(number: ticket.number, change: ticket.change, creditNote: ticket.creditNote)]
        case .createUser(let firstName, let pin, let role, let actorId):
            let user = try ledger.createUser(firstName: firstName, pin: pin, role: role, by: actorId, till: till)
            return [.usersChanged(try ledger.users(includeInactive: true),
                                  message: "Compte de \(user.firstName) (\(user.role.label)) créé.")]
        case .setRole(let userId, let role, let actorId):
            try ledger.setRole(userId: userId, role: role, by: actorId, till: till)
            let users = try ledger.users(includeInactive: true)
            let name = users.first { $0.id == userId }?.firstName ?? "?"
            return [.usersChanged(users, message: "\(name) est maintenant \(role.label).")]
        case .deactivateUser(let userId, let actorId):
            try ledger.deactivate(userId: userId, by: actorId, till: till)
            let users = try ledger.users(includeInactive: true)
            let name = users.first { $0.id == userId }?.firstName ?? "?"
            return [.usersChanged(users, message: "Compte de \(name) désactivé.")]
        case .changeOwnPin(let userId, let oldPin, let newPin):
            let verdict = try ledger.changeOwnPin(userId: userId, oldPin: oldPin, newPin: newPin, now: Date(), till: till)
            if case .refused(let refusal) = verdict {
                logger.notice("ancien code PIN refusé", metadata: ["utilisateur": "\(userId)", "raison": "\(refusal)"])
                return [.ownPinRefused(refusal)]
            }
            logger.info("code PIN changé", metadata: ["utilisateur": "\(userId)"])
            return [.usersChanged(try ledger.users(includeInactive: true), message: "Votre code PIN est changé.")]
        case .resetPin(let userId, let pin, let actorId):
            try ledger.resetPin(userId: userId, pin: pin, by: actorId, till: till)
            logger.info("nouveau code PIN donné", metadata: ["utilisateur": "\(userId)", "par": "\(actorId)"])
            let users = try ledger.users(includeInactive: true)
            let user = users.first { $0.id == userId }
            let still = user?.locked == true ? " Son compte reste verrouillé : un admin le réactive (F8)." : ""
            return [.usersChanged(users, message: "Nouveau code PIN de \(user?.firstName ?? "?") enregistré.\(still)")]
        case .reactivateUser(let userId, let actorId):
            let user = try ledger.reactivate(userId: userId, by: actorId, till: till)
            logger.info("compte réactivé", metadata: ["utilisateur": "\(userId)", "par": "\(actorId)"])
            return [.usersChanged(try ledger.users(includeInactive: true), message: "Compte de \(user.firstName) réactivé.")]
        case .printReceipt(let number, let duplicate, let openDrawer, let operatorId):
            return try printReceipt(number: number, duplicate: duplicate, openDrawer: openDrawer, operatorId: operatorId)
        case .openDrawer:
            kickDrawer(failure: "Le tiroir ne s'est pas ouvert")
            return []
        case .parkTicket(let lines, let operatorId):
            let ticket = try ledger.park(lines, till: till, operatorId: operatorId)
            logger.info("ticket en attente", metadata: ["attente": "\(ticket.id)"])
            return [.parked(ticket)]
        case .loadParked:
            return [.parkedLoaded(try ledger.parkedTickets())]
        case .resumeParked(let id, let operatorId):
            return [.resumed(try ledger.resumeParked(id: id, till: till, operatorId: operatorId))]
        case .approve(let purpose, let managerId, let pin, let reason, let operatorId):
            let manager: UserSummary
            switch try ledger.checkPin(userId: managerId, pin: pin, at: .approval, now: Date(), till: till, operatorId: operatorId) {
            case .accepted(let accepted): manager = accepted
            case .refused(let refusal):
                logger.notice("code responsable refusé", metadata: ["responsable": "\(managerId)", "raison": "\(refusal)"])
                return [.approvalRefused(.pin(refusal))]
            }
            guard manager.role.isManager else {
                return [.approvalRefused(.notManager(name: manager.firstName))]
            }
            switch purpose {
            case .openDrawer:
                try ledger.recordDrawerOpening(till: till, operatorId: operatorId, authorizedBy: manager.id, reason: reason)
                logger.info("tiroir ouvert sans vente", metadata: ["responsable": "\(manager.id)"])
                kickDrawer(failure: "Le tiroir ne s'est pas ouvert (la demande est notée au journal)")
                return [.drawerOpened(by: manager.firstName)]
            case .cancelTicket(let number):
                guard let session = try ledger.currentSession(till: till) else {
                    return [.failed("La caisse n'est pas ouverte : rien n'a été annulé.")]
                }
                let counter = try ledger.cancelTicket(number: number, reason: reason, authorizedBy: manager.id,
                                                      till: till, operatorId: operatorId, sessionId: session.id)
                logger.info("ticket annulé", metadata: ["numero": "\(number)", "annulation": "\(counter.number)"])
                return [counterEntry(.cancellation, original: number, counter, by: manager.firstName)]
            case .refund(let request):
                guard let session = try ledger.currentSession(till: till) else {
                    return [.failed("La caisse n'est pas ouverte : rien n'a été remboursé.")]
                }
                let counter = try ledger.refund(request, reason: reason, authorizedBy: manager.id, till: till,
                                                operatorId: operatorId, sessionId: session.id)
                logger.info("remboursement", metadata: ["numero": "\(request.number)", "remboursement": "\(counter.number)",
                                                        "montant": "\(counter.total.cents)"])
                return [counterEntry(.refund, original: request.number, counter, by: manager.firstName)]
            case .epicerieOverride:
                // Journaled with the ticket it allows (its responsable and reason).
                logger.info("dérogation épicerie", metadata: ["responsable": "\(manager.id)"])
                return [.overrideGranted(managerId: manager.id, name: manager.firstName, reason: reason)]
            case .payout(let sellerId, _, let amount, let method):
                return try payOut(sellerId: sellerId, amount: amount, method: method, manager: manager, operatorId: operatorId)
            case .cashDrop(let amount):
                guard let session = try ledger.currentSession(till: till) else {
                    return [.failed("La caisse n'est pas ouverte : rien n'a été prélevé.")]
                }
                try ledger.recordCashDrop(amount: amount, reason: reason, authorizedBy: manager.id, till: till,
                                          operatorId: operatorId, sessionId: session.id)
                logger.info("prélèvement", metadata: ["montant": "\(amount.cents)", "responsable": "\(manager.id)"])
                if hasPrinter { kickDrawer(failure: "Le tiroir ne s'est pas ouvert (le prélèvement est enregistré)") }
                return [.cashDropped(amount, by: manager.firstName)]
            case .sellerBankDetails(let seller):
                let saved = try ledger.saveSeller(seller, by: operatorId, authorizedBy: manager.id, till: till)
                logger.info("IBAN de déposant changé", metadata: ["deposant": "\(saved.id)", "responsable": "\(manager.id)"])
                return [.sellerPageLoaded(try sellerPage(saved.id),
                                          message: seller.id == 0
                                              ? "\(saved.fullName) inscrit(e), déposant n° \(saved.id), IBAN autorisé par \(manager.firstName)."
                                              : "Fiche de \(saved.fullName) enregistrée, IBAN autorisé par \(manager.firstName).")]
            case .training:
                return []  // the runtime handles it, against the real ledger
            case .closeSession(let id, let count, let comment):
                // The responsable's words join the counter's comment; the form sends none for
                // its untouched default.
                let note = [comment, reason.isEmpty ? nil : reason].compactMap { $0 }.joined(separator: " — ")
                return try closeSession(id, count: count, comment: note.isEmpty ? nil : note, manager: manager)
            }
        case .lookUpCreditNote(let code):
            let note = try ledger.creditNote(code: code)
            if note == nil {
                // Someone may be guessing: the log keeps each code the till did not recognise.
                logger.notice("code d'avoir non reconnu", metadata: ["caisse": "\(till)", "code": "\(code.prefix(30).debugDescription)"])
            }
            return [.creditNoteChecked(code: code, note: note)]
        case .loadRefundable(let number):
            return [.refundableLoaded(try ledger.refundable(number: number))]
        case .loadHousehold(let number):
            return [.householdLoaded(number: number, try ledger.householdStanding(number: number))]
        case .searchHouseholds(let text):
            return [.householdsFound(try ledger.searchHouseholds(text), rules: try ledger.epicerieRules())]
        case .saveHousehold(let household, let actorId):
            let saved = try ledger.saveHousehold(household, by: actorId, till: till)
            logger.info("fiche foyer enregistrée", metadata: ["foyer": "\(saved.number)"])
            return [.householdSaved(saved)]
        case .printHouseholdCard(let number, _):
            return try printHouseholdCard(number)
        case .saveRules(let rules, let actorId):
            try ledger.setEpicerieRules(rules, by: actorId, till: till)
            logger.info("règles de l'épicerie changées", metadata: ["responsable": "\(actorId)"])
            return [.rulesSaved(try ledger.epicerieRules())]
        case .loadStock:
            return [.stockLoaded(try ledger.products(), message: nil)]
        case .recordStock(let code, let kind, let quantity, let weightGrams, let reason, let operatorId):
            try ledger.recordStock(code: code, kind: kind, quantity: quantity, weightGrams: weightGrams, reason: reason,
                                   by: operatorId, till: till)
            let product = try ledger.product(code: code)
            let what = kind == .correction ? "Correction enregistrée" : "Arrivée (\(kind.label)) enregistrée"
            return [.stockLoaded(try ledger.products(),
                                 message: "\(what) : « \(product?.name ?? code) », stock \(product.map { $0.unit == .kg ? Grams.kilograms(Int64($0.stock)) : "\($0.stock)" } ?? "?").")]
        case .saveProduct(let product, let actorId):
            try ledger.saveProduct(product, by: actorId, till: till)
            return [.stockLoaded(try ledger.products(), message: "Produit « \(product.name) » enregistré.")]
        case .quit:
            return []  // the runtime handles these itself
        default:
            return []  // vide-greniers: answered by runConsignment
        }
    }

    /// The answer to a committed counter-entry.
    private func counterEntry(_ kind: CounterEntry.Kind, original: Int64, _ counter: CommittedTicket, by name: String) -> Msg {
        .counterEntryCommitted(CounterEntry(kind: kind, original: original, number: counter.number, cashBack: counter.cashBack,
                                            creditNote: counter.creditNote, by: name))
    }

    /// Kicks the drawer from the print queue, after any receipt already on its way.
    /// In training the encoder makes no kick job: nothing is sent.
    func kickDrawer(failure: String) {
        let connection = config.printer.connection()
        let job = encoder.drawerKickJob()
        guard !job.isEmpty else { return }
        let logger = logger
        printer.submit {
            do throws(PrinterError) {
                try connection.send(job)
                logger.info("tiroir ouvert")
                return []
            } catch {
                return [.failed("\(failure) : \(error.message)")]
            }
        }
    }

    var encoder: EscPosEncoder {
        EscPosEncoder(codePage: CodePage(rawValue: config.printer.codePage) ?? .cp858, kicksDrawer: !training)
    }

    /// The ticket is read back from the ledger: what prints is what was committed. A
    /// duplicate is journaled before it prints. The printing itself goes to the queue;
    /// its answer (`.printed` or `.printFailed`) comes back later.
    private func printReceipt(number: Int64, duplicate: Bool, openDrawer: Bool, operatorId: Int64) throws -> [Msg] {
        guard let ticket = try ledger.ticket(number: number) else {
            return [.failed("Il n'y a pas de ticket n° \(number) : vérifiez le numéro.")]
        }
        if duplicate { try ledger.recordReprint(number: number, till: till, operatorId: operatorId) }
        let header = shopHeader
        let kind: Receipt.Kind
        switch (ticket.kind, ticket.originalNumber) {
        case ("cancellation", let original?): kind = .cancellation(of: original)
        case ("refund", let original?): kind = .refund(of: original)
        default: kind = .sale
        }
        let receipt = Receipt(header: header, kind: kind, ticketNumber: ticket.number, date: ticket.at, tillName: ticket.till,
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
                return [.printed(number: number, duplicate: duplicate)]
            } catch {
                logger.warning("impression échouée", metadata: ["numero": "\(number)", "raison": "\(error.message)"])
                return [.printFailed(PendingPrint(number: number, duplicate: duplicate), message: error.message)]
            }
        }
        return []
    }

    /// The household's card: its code, name and rights end, with a barcode the till reads back.
    private func printHouseholdCard(_ number: Int64) throws -> [Msg] {
        guard let household = try ledger.household(number: number) else {
            return [.failed("Aucun foyer n'a la carte \(HouseholdCardCode.make(number)).")]
        }
        let header = shopHeader
        let card = HouseholdCard(header: header, cardCode: household.cardCode,
                                 barcodePayload: HouseholdCardCode.barcode(number), holderName: household.name,
                                 rightsValidUntil: household.rightsTo.french, training: training, demo: demo)
        let bytes = encoder.encode(card, width: config.printer.width)
        let connection = config.printer.connection()
        let code = household.cardCode
        printer.submit {
            do throws(PrinterError) {
                try connection.printChecked(bytes)
                return [.notice("Carte \(code) imprimée.")]
            } catch {
                return [.failed("Carte \(code) non imprimée : \(error.message) F5 : réessayer.")]
            }
        }
        return []
    }

    static func openSession(_ s: SessionInfo) -> OpenSession {
        OpenSession(id: s.id, openedAt: s.openedAt, float: s.float)
    }

    private func name(_ effect: Effect) -> String {
        String(String(describing: effect).prefix(while: { $0 != "(" }))
    }
}
