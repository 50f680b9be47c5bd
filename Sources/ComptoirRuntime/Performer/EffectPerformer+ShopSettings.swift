import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirPrint
import ComptoirUI

/// « Réglages de la boutique »: saved in the shop's ledger (never the training copy, whose
/// changes are thrown away) and applied at once to every document this till prints.
extension EffectPerformer {
    func perform(_ effect: ShopSettingsEffect) throws -> [Msg] {
        switch effect {
        case .save(let settings, let actorId):
            try realLedger.setShopSettings(settings, by: actorId, till: till)
            config.apply(settings)
            logger.info("réglages de la boutique enregistrés", metadata: ["par": "\(actorId)"])
            return [.shopSettings(.saved(settings, receipts: config.printer.receiptMode))]
        case .testPrint(let shopPrinter, let shopName):
            var settings = config.printer
            // This till's own printer (its file's [printer] section) is the one that prints.
            if !config.printerInFile { settings.use(shopPrinter) }
            let codePage = CodePage(rawValue: settings.codePage) ?? .cp858
            let page = PrinterTestPage(shopName: shopName, tillName: till, codePage: codePage, date: Date(), timeZone: ledger.timeZone)
            let bytes = EscPosEncoder(codePage: codePage, kicksDrawer: false).encode(page.document(width: settings.width))
            let connection = settings.connection()
            let target = connection.target
            let logger = logger
            printer.submit {
                do throws(PrinterError) {
                    try connection.printChecked(bytes)
                    logger.info("page de test imprimée", metadata: ["imprimante": "\(target)"])
                    return [.notice("Page de test envoyée à \(target) : accents, € et largeur à vérifier sur le papier.")]
                } catch {
                    return [.failed("Page de test non imprimée (\(target)) : \(error.message)", request: .shopSettings(effect))]
                }
            }
            return [.notice("Impression de la page de test sur \(target)…")]
        }
    }
}

extension EffectPerformer {
    /// Settings another till saved (seen by `ShopSettingsWatch`): this till's documents use
    /// them from now on; the answer tells the app.
    func adopt(_ settings: ShopSettings) -> Msg {
        config.apply(settings)
        logger.info("réglages de la boutique repris d'une autre caisse")
        return .shopSettings(.changedElsewhere(settings, receipts: config.printer.receiptMode))
    }
}
