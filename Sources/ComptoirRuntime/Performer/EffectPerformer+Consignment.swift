import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirPrint
import ComptoirUI

/// The vide-greniers effects: boxes, sellers, rentals, items, statements and payouts.
extension EffectPerformer {
    func perform(_ effect: ConsignmentEffect) throws -> [Msg] {
        let request = Effect.consignment(effect)
        switch effect {
        case .loadBoard(let day):
            return [.consignment(.boardLoaded(try ledger.boxBoard(today: day), message: nil))]
        case .searchSellers(let text):
            return [.consignment(.sellersFound(try ledger.searchSellers(text)))]
        case .loadSellerPage(let sellerId, let rentalId, let message):
            return [.consignment(.sellerPageLoaded(try sellerPage(sellerId, rentalId: rentalId), message: message))]
        case .saveSeller(let seller, let actorId):
            let saved = try ledger.saveSeller(seller, by: actorId, till: till)
            logger.info("déposant enregistré", metadata: ["deposant": "\(saved.id)"])
            return [.consignment(.sellerPageLoaded(try sellerPage(saved.id),
                                      message: seller.id == 0 ? "\(saved.fullName) inscrit(e), déposant n° \(saved.id). F3 : lui louer un box."
                                                              : "Fiche \(French.de(saved.fullName)) enregistrée."))]
        case .saveBox(let box, let actorId):
            try ledger.saveBox(box, by: actorId, till: till)
            return [.consignment(.boardLoaded(try ledger.boxBoard(today: today), message: "Box \(box.code.uppercased()) enregistré."))]
        case .signRental(let rental, let actorId):
            let signed = try ledger.signRental(rental, by: actorId, till: till)
            logger.info("location signée", metadata: ["location": "\(signed.rental.id)", "box": "\(signed.rental.boxCode)"])
            let page = try sellerPage(rental.sellerId, rentalId: signed.rental.id)
            if hasPrinter { printContract(signed, seller: page.seller, request: request) }
            return [.consignment(.rentalSigned(page, rentLine: signed.rentDue.cents > 0 ? signed.rentLine : nil,
                                  message: "Box \(signed.title) loué à \(signed.sellerName)."
                                      + (hasPrinter ? " Le contrat s'imprime." : noPrinterNote)))]
        case .extendRental(let rentalId, let sellerId, let to, let rent, let actorId):
            let extended = try ledger.extendRental(id: rentalId, to: to, rent: rent, by: actorId, till: till)
            return [.consignment(.sellerPageLoaded(try sellerPage(sellerId, rentalId: rentalId),
                                      message: "Location prolongée : \(extended.title)"
                                          + (rent.cents > 0 ? ", \(rent.formatted) de loyer \(extended.rental.rentPayment.label)." : ".")))]
        case .endRentalEarly(let rentalId, let sellerId, let actorId):
            let ended = try ledger.endRentalEarly(id: rentalId, today: today, by: actorId, till: till)
            return [.consignment(.sellerPageLoaded(try sellerPage(sellerId, rentalId: rentalId),
                                      message: "Location du box \(ended.rental.boxCode) terminée : R rend l'article choisi, D le donne à la friperie."))]
        case .registerItem(let rentalId, let sellerId, let description, let price, let actorId):
            let item = try ledger.registerItem(rental: rentalId, description: description, price: price, today: today,
                                               by: actorId, till: till)
            return [.consignment(.itemRegistered(item, try sellerPage(sellerId, rentalId: rentalId)))]
        case .endItem(let itemId, let sellerId, let grams, let donated, let actorId):
            try ledger.endItem(id: itemId, donatedGrams: grams, donated: donated, by: actorId, till: till)
            var page = try sellerPage(sellerId)
            let item = page.items.first { $0.id == itemId }
            page.ending = true
            let what = item.map { "\($0.code.text) « \($0.description) »" } ?? "L'article"
            return [.consignment(.sellerPageLoaded(page, message: donated ? "\(what) donné à la friperie (\(Grams.kilograms(Int64(grams ?? 0))))."
                                                             : "\(what) rendu au déposant."))]
        case .printLabels(let rentalId, _):
            let items = try ledger.items(rental: rentalId).filter { $0.status == .inStock }
            guard !items.isEmpty else { throw LedgerError.refused("Aucun article en box : rien à étiqueter.") }
            guard hasPrinter else { throw LedgerError.refused("Pas d'imprimante configurée : les étiquettes ne peuvent pas s'imprimer.") }
            printLabels(items, request: request)
            return []
        case .loadStatement(let sellerId, let from, let to):
            return [.consignment(.statementLoaded(try ledger.sellerStatement(seller: sellerId, from: from, to: to)))]
        case .printStatement(let sellerId, let from, let to):
            guard hasPrinter else { throw LedgerError.refused("Pas d'imprimante configurée : le relevé reste à l'écran.") }
            printStatement(try ledger.sellerStatement(seller: sellerId, from: from, to: to), request: request)
            return []
        case .saveSellerBankDetails(let seller, let approval):
            let manager = try manager(approval)
            let saved = try ledger.saveSeller(seller, by: approval.operatorId, authorizedBy: manager.id, till: till)
            logger.info("IBAN de déposant changé", metadata: ["deposant": "\(saved.id)", "responsable": "\(manager.id)"])
            return [.consignment(.sellerPageLoaded(try sellerPage(saved.id),
                                                   message: seller.id == 0
                                                       ? "\(saved.fullName) inscrit(e), déposant n° \(saved.id), IBAN autorisé par \(manager.firstName)."
                                                       : "Fiche \(French.de(saved.fullName)) enregistrée, IBAN autorisé par \(manager.firstName)."))]
        case .payout(let sellerId, let amount, let method, let approval):
            return try payOut(sellerId: sellerId, amount: amount, method: method, manager: try manager(approval),
                              operatorId: approval.operatorId, request: request)
        }
    }

    /// A payout a responsable allowed: written, then the slip printed and, in cash, the
    /// drawer opened.
    func payOut(sellerId: Int64, amount: Money, method: Payout.Method, manager: UserSummary, operatorId: Int64,
                request: Effect) throws -> [Msg] {
        let session = method == .cash ? try ledger.currentSession(till: till)?.id : nil
        let receipt = try ledger.payOut(seller: sellerId, amount: amount, method: method, authorizedBy: manager.id,
                                        till: till, operatorId: operatorId, sessionId: session)
        logger.info("reversement", metadata: ["deposant": "\(sellerId)", "montant": "\(amount.cents)", "mode": "\(method.rawValue)"])
        if hasPrinter {
            printPayoutSlip(receipt, request: request)
            if method == .cash { kickDrawer(failure: "Tiroir non ouvert (le reversement est enregistré)", request: request) }
        }
        return [.consignment(.payoutMade(try sellerPage(sellerId), method: method,
                            message: "\(amount.formatted) reversés à \(receipt.seller.fullName) (\(method.label)), autorisé par \(manager.firstName). Solde : \(receipt.balanceAfter.formatted)."
                                + (hasPrinter ? " Le bon s'imprime." : noPrinterNote)))]
    }

    func sellerPage(_ id: Int64, rentalId: Int64? = nil) throws -> SellerPage {
        guard let seller = try ledger.seller(id: id) else {
            throw LedgerError.refused("Aucun déposant n'a le n° \(id) : vérifiez le numéro.")
        }
        let rentals = try ledger.rentals(seller: id)
        let items = try rentals.flatMap { try ledger.items(rental: $0.rental.id) }
        return SellerPage(seller: seller, balance: try ledger.sellerBalance(seller: id), rentals: rentals, items: items,
                          payouts: try ledger.payouts(seller: id), rentalId: rentalId)
    }
}
