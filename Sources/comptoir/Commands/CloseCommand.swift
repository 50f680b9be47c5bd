import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirRuntime

/// `comptoir close month 2026-11` / `comptoir close year 2026`: the monthly and yearly
/// closings, by a responsable.
struct CloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Clôture un mois ou une année : le cumul des Z, avec le total perpétuel (un responsable).",
        discussion: """
            Refusé tant qu'une session ouverte dans la période n'a pas son Z, et pour une période pas finie
            ou déjà clôturée. Exemples : comptoir close month 2026-11 --as Sophie
                                          comptoir close year 2026 --as Sophie
            """,
        subcommands: [Month.self, Year.self]
    )

    struct Month: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "month", abstract: "Clôture un mois (AAAA-MM).")
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("Le mois, AAAA-MM.", valueName: "mois")) var month: String
        @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable.", valueName: "prénom")) var actor: String?
        func run() throws { try CloseCommand.close(.month, month, options, actor) }
    }

    struct Year: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "year", abstract: "Clôture une année (AAAA).")
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("L'année, AAAA.", valueName: "année")) var year: String
        @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable.", valueName: "prénom")) var actor: String?
        func run() throws { try CloseCommand.close(.year, year, options, actor) }
    }

    static func close(_ kind: PeriodReport.Kind, _ period: String, _ options: CommonOptions, _ actor: String?) throws {
        let shop = try Shop.open(options)
        let manager = try authenticateManager(shop, actor, action: "clôturer une période")
        let r = try ledgerCall { try shop.ledger.closePeriod(kind, period, authorizedBy: manager, till: shop.tillName) }
        print("Clôture de \(r.label) enregistrée : \(counted(r.sessions.count, "Z", "Z")), \(counted(r.sales, "vente", "ventes")), \(r.cancellations) annulation(s), \(r.refunds) remboursement(s).")
        for method in PaymentMethod.allCases { if let m = r.byMethod[method] { print("  \(method.label) : \(m.formatted)") } }
        for activity in Activity.allCases { if let a = r.byActivity[activity] { print("  \(activity.label) : \(a.formatted)") } }
        print("Total : \(r.total.formatted) · écarts de caisse : \(r.variance.formatted) · total perpétuel : \(r.perpetualTotal.formatted)")
        if let sales = r.perpetualSales, let counter = r.perpetualCounterEntries {
            print("Totaux perpétuels en valeur absolue : ventes \(sales.formatted) · annulations et remboursements \(counter.formatted)")
        }
    }
}
