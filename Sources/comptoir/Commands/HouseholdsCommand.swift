import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirRuntime

/// `comptoir households show|purge`: a household's own data on request, and the removal of
/// files without contact for years (RGPD).
struct HouseholdsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "households",
        abstract: "Données personnelles des foyers : consulter un foyer, effacer les foyers sans contact.",
        discussion: """
            Exemples : comptoir households show F-1-8 --as Sophie
                       comptoir households purge --years 2 --as Sophie
            """,
        subcommands: [Show.self, Purge.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Affiche tout ce que la boutique garde sur un foyer (demande d'accès du foyer)."
        )
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("Numéro ou code de la carte (42 ou F-42-2).", valueName: "carte")) var card: String
        @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable.", valueName: "prénom")) var actor: String?

        func run() throws {
            let shop = try Shop.open(options)
            guard let number = HouseholdCardCode.parse(card) ?? Int64(card) else {
                throw Failure("« \(card) » n'est pas un numéro de carte : tapez par exemple F-42-2 ou 42.")
            }
            _ = try authenticateManager(shop, actor, action: "consulter la fiche d'un foyer")
            guard let h = try ledgerCall({ try shop.ledger.household(number: number) }) else {
                throw Failure("Aucun foyer n'a la carte \(HouseholdCardCode.make(number)).")
            }
            let rules = try ledgerCall { try shop.ledger.epicerieRules() }
            let f = HouseholdFigures(h, rules: rules)
            let lines = [
                ("Carte", h.cardCode), ("Nom ou pseudonyme", h.name), ("Téléphone", h.phone),
                ("Adultes", "\(h.adults)"), ("Enfants", "\(h.children)"), ("dont handicapés", "\(h.disabledChildren)"),
                ("Ressources mensuelles", h.monthlyResources.formatted), ("Charges fixes", h.fixedCharges.formatted),
                ("Prestations familiales", h.familyBenefits.formatted), ("QF attesté CAF", h.cafQuotient?.formatted ?? "—"),
                ("Orienté par", h.referrer), ("Droits", "du \(h.rightsFrom.french) au \(h.rightsTo.french)"
                    + (h.suspended ? " (suspendus)" : "")),
                ("Parts, QF, RAV", "\(f.partsLabel), \(f.quotient.formatted), \(f.resteAVivre.formatted) par personne et par jour"),
                ("Participation", f.rate.map { "\($0) %" } ?? "non éligible"),
            ]
            for (label, value) in lines { print(pad(label, 24) + PrintableText.sanitized(value)) }
            if let last = try ledgerCall({ try shop.ledger.lastContact(number: number) }) {
                print("Dernier contact".padding(toLength: 24, withPad: " ", startingAt: 0)
                      + CalendarDay(last, in: shop.ledger.timeZone).french)
            }
            let tickets = try ledgerCall { try shop.ledger.householdTickets(number: number) }
            print("Tickets (\(tickets.count)) :")
            for t in tickets {
                print("  n° \(t.number)  \(CalendarDay(t.at, in: shop.ledger.timeZone).french)  \(t.total.formatted)")
            }
        }
    }

    struct Purge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "purge",
            abstract: "Efface les fiches des foyers sans passage ni changement depuis N ans (2 par défaut).",
            discussion: "Chaque effacement est inscrit au journal par le seul numéro du foyer ; ses tickets restent, anonymes."
        )
        @OptionGroup var options: CommonOptions
        @Option(help: ArgumentHelp("Années sans contact (par défaut : réglages de la boutique, 2 ans).", valueName: "années")) var years: Int?
        @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable.", valueName: "prénom")) var actor: String?

        func run() throws {
            if let years, !(1...10).contains(years) { throw Failure("--years : de 1 à 10 ans.") }
            let shop = try Shop.open(options)
            let years = self.years ?? shop.config.retention.householdYears
            let actorId = try authenticateManager(shop, actor, action: "effacer des fiches de foyers")
            let today = CalendarDay(Date(), in: shop.ledger.timeZone)
            let cutoff = today.adding(months: -12 * years).start(in: shop.ledger.timeZone)
            let removed = try ledgerCall {
                try shop.ledger.purgeHouseholds(noContactSince: cutoff, by: actorId, till: shop.tillName)
            }
            print(removed.isEmpty ? "Aucun foyer sans contact depuis \(years) ans."
                  : "\(removed.count) fiche(s) effacée(s) : " + removed.map { HouseholdCardCode.make($0) }.joined(separator: ", ") + ".")
        }
    }
}
