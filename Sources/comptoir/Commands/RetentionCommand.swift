import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirRuntime

/// `comptoir retention apply --as Sophie`: the retention periods (the shop's settings, the
/// legal defaults until changed) applied to every file at once, by a responsable.
struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Applique les durées de conservation des données personnelles (un responsable).",
        subcommands: [Apply.self]
    )

    struct Apply: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "apply",
            abstract: "Efface ce qui a passé sa durée : fiches de foyers, identités des déposants, noms des donateurs.",
            discussion: """
                Durées des réglages de la boutique (par défaut celles de la loi). Foyers sans passage ni
                changement depuis 2 ans : fiche effacée, tickets gardés. Déposants dont la dernière location
                est finie depuis 5 ans (le registre) : nom, prénom, pièce, domicile, téléphone, courriel et IBAN
                remplacés par « Déposant n° N » ; locations, articles, ventes et reversements gardés. Noms des
                donateurs sur les pesées de plus d'1 an.
                Le journal dit combien, jamais qui. Exemple : comptoir retention apply --as Sophie
                """
        )
        @OptionGroup var options: CommonOptions
        @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable.", valueName: "prénom")) var actor: String?

        func run() throws {
            let shop = try Shop.open(options)
            let actorId = try authenticateManager(shop, actor, action: "appliquer les durées de conservation")
            let periods = shop.config.retention
            let outcome = try ledgerCall { try shop.ledger.applyRetention(periods, by: actorId, till: shop.tillName) }
            print("Foyers sans contact depuis \(periods.householdYears) ans : \(outcome.households.count) fiche(s) effacée(s)"
                  + (outcome.households.isEmpty ? "." : " (" + outcome.households.map { HouseholdCardCode.make($0) }.joined(separator: ", ") + ")."))
            print("Déposants sans location depuis \(periods.registerYears) ans : \(outcome.sellers.count) identité(s) remplacée(s) par un pseudonyme"
                  + (outcome.sellers.isEmpty ? "." : " (n° " + outcome.sellers.map(String.init).joined(separator: ", ") + ")."))
            print("Noms de donateurs de plus de \(periods.donorNameYears) an(s) effacés : \(outcome.donorNames).")
        }
    }
}
