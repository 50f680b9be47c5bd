import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirPrint
import ComptoirUI

/// The back door: weighings in and out, the list and month beside the form, the year's
/// figures, the donation receipt and the label of a weighed bag.
extension EffectPerformer {
    func perform(_ effect: FriperieEffect) throws -> [Msg] {
        switch effect {
        case .loadFriperie:
            return [.friperie(.friperieLoaded(recent: try ledger.recentFlows(limit: 20), month: try thisMonth()))]
        case .recordFlow(let flow, let operatorId):
            let saved = try ledger.recordFlow(flow, by: operatorId, till: till)
            logger.info("pesée friperie", metadata: ["pesee": "\(saved.id)", "sens": "\(saved.direction.rawValue)",
                                                     "grammes": "\(saved.grams)"])
            return [.friperie(.flowRecorded(saved, recent: try ledger.recentFlows(limit: 20), month: try thisMonth()))]
        case .loadFriperieFigures(let year):
            return [.friperie(.friperieFiguresLoaded(try ledger.friperieFigures(year: year)))]
        case .printDonationReceipt(let flow, _):
            guard flow.direction == .intake else { throw LedgerError.refused("Le reçu ne se donne que pour un don, pas pour une sortie.") }
            guard hasPrinter else { return [.notice("Pas d'imprimante configurée : le reçu de don n'est pas imprimé.")] }
            let doc = DonationReceiptLayout().document(for: flow, documentContext(), width: config.printer.width)
            submitDocument(encoder.encode(doc), done: "Reçu de don imprimé.", failed: "Reçu de don non imprimé (F6 pour réessayer)",
                           request: .friperie(effect))
            return []
        case .printMeasuredLabel(let label, _):
            guard hasPrinter else { return [.notice("Pas d'imprimante configurée : l'étiquette n'est pas imprimée.")] }
            let doc = MeasuredLabelLayout().document(for: label, documentContext(), width: config.printer.width)
            logger.info("étiquette pesée", metadata: ["code": "\(label.code)", "grammes": "\(label.grams)"])
            submitDocument(encoder.encode(doc), done: "Étiquette imprimée : \(label.code).",
                           failed: "Étiquette non imprimée (F8 pour la refaire)", request: .friperie(effect))
            return []
        }
    }

    /// This month's kilograms, the month taken in the shop's time zone.
    private func thisMonth() throws -> FriperieFigures.Month {
        try ledger.friperieMonth(CalendarDay(Date(), in: ledger.timeZone))
    }
}
