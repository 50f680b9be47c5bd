import ComptoirCore
import ComptoirLedger
import ComptoirPrint
import ComptoirUI

/// The épicerie's household files, their cards, and its rules.
extension EffectPerformer {
    func perform(_ effect: HouseholdsEffect) throws -> [Msg] {
        switch effect {
        case .searchHouseholds(let text, let openOn):
            return [.households(.householdsFound(try ledger.searchHouseholds(text, rightsOpenOn: openOn), rules: try ledger.epicerieRules()))]
        case .saveHousehold(let household, let actorId):
            let saved = try ledger.saveHousehold(household, by: actorId, till: till)
            logger.info("fiche foyer enregistrée", metadata: ["foyer": "\(saved.number)"])
            return [.households(.householdSaved(saved))]
        case .printHouseholdCard(let number, _):
            try printHouseholdCard(number, request: .households(effect))
            return []
        case .saveRules(let rules, let actorId):
            try ledger.setEpicerieRules(rules, by: actorId, till: till)
            logger.info("règles de l'épicerie changées", metadata: ["responsable": "\(actorId)"])
            return [.households(.rulesSaved(try ledger.epicerieRules()))]
        }
    }

    /// The household's card: its code, name and rights end, with a barcode the till reads back.
    private func printHouseholdCard(_ number: Int64, request: Effect) throws {
        guard let household = try ledger.household(number: number) else {
            throw LedgerError.refused("Aucun foyer n'a la carte \(HouseholdCardCode.make(number)).")
        }
        let card = HouseholdCard(header: shopHeader, cardCode: household.cardCode,
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
                return [.failed("Carte \(code) non imprimée : \(error.message) F5 : réessayer.", request: request)]
            }
        }
    }
}
