import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirRuntime

/// `comptoir sellers show 12 --as Sophie`: everything the shop keeps about a seller, for
/// their access request (RGPD art. 15), like `households show`.
struct SellersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sellers",
        abstract: "Les déposants du vide-greniers (demande d'accès).",
        subcommands: [Show.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Affiche tout ce que la boutique garde sur un déposant (demande d'accès du déposant)."
        )
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("Numéro du déposant (12).", valueName: "numéro")) var number: Int64
        @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable.", valueName: "prénom")) var actor: String?

        func run() throws {
            let shop = try Shop.open(options)
            _ = try authenticateManager(shop, actor, action: "consulter la fiche d'un déposant")
            guard let s = try ledgerCall({ try shop.ledger.seller(id: number) }) else {
                throw Failure("Aucun déposant n'a le n° \(number).")
            }
            let lines = [
                ("Déposant n°", "\(s.id)"), ("Nom", s.lastName), ("Prénom", s.firstName), ("Domicile", s.address),
                ("Téléphone", s.phone), ("Courriel", s.email), ("Pièce d'identité", "\(s.document.label) n° \(s.documentNumber)"),
                ("Délivrée le", s.documentIssuedOn?.french ?? "—"), ("Délivrée par", s.documentAuthority),
                ("IBAN", s.iban.map(IBAN.formatted) ?? "—"),
            ]
            for (label, value) in lines { print(pad(label, 24) + PrintableText.sanitized(value.isEmpty ? "—" : value)) }
            let zone = shop.ledger.timeZone
            let rentals = try ledgerCall { try shop.ledger.rentals(seller: number) }
            print("Locations (\(rentals.count)) :")
            for summary in rentals {
                let r = summary.rental
                print("  box \(r.boxCode) du \(r.from.french) au \(r.to.french) · loyer \(r.rent.formatted) (\(r.rentPayment.label)) · commission \(CommissionSplit.rateLabel(r.rateBasisPoints))")
                for item in try ledgerCall({ try shop.ledger.items(rental: r.id) }) {
                    print("    \(item.code.text)  \(PrintableText.sanitized(item.description))  \(item.price.formatted)  \(item.status.label)")
                }
            }
            let payouts = try ledgerCall { try shop.ledger.payouts(seller: number) }
            print("Reversements (\(payouts.count)) :")
            for p in payouts {
                print("  \(CalendarDay(p.at, in: zone).french)  \(p.amount.formatted)  \(p.method.label)" + (p.iban.map { " vers \(IBAN.formatted($0))" } ?? ""))
            }
            print(pad("Solde", 24) + (try ledgerCall { try shop.ledger.sellerBalance(seller: number) }).formatted)
            print("Le journal ne garde de cette identité que des empreintes à clé (HMAC), jamais le texte.")
        }
    }
}
