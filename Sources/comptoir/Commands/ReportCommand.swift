import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirRuntime

/// `comptoir report epicerie --month 2026-11`: the month's figures the funders ask for.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Bilans pour les financeurs et la trésorerie.",
        subcommands: [Epicerie.self, Friperie.self, Day.self, Month.self, Year.self, Z.self]
    )

    struct Epicerie: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "epicerie",
            abstract: "Bilan mensuel de l'épicerie sociale : foyers, passages, personnes, montants, aide, kilos.",
            discussion: """
                Le mois va du 1er à minuit au dernier jour à minuit, à l'heure de la boutique. Les annulations et
                remboursements du mois viennent en déduction des montants et des kilos.
                Exemple : comptoir report epicerie --month 2026-11 --format csv
                """
        )
        @OptionGroup var options: CommonOptions
        @Option(help: ArgumentHelp("Mois du bilan : 2026-11 (par défaut le mois en cours).", valueName: "mois")) var month: String?
        @Option(help: ArgumentHelp("Présentation : text, csv ou json.", valueName: "présentation")) var format: String = "text"

        func run() throws {
            let shop = try Shop.open(options, access: .readOnly)
            let day: CalendarDay
            if let month {
                guard let parsed = CalendarDay.month(month) else {
                    throw Failure("Mois « \(month) » : tapez-le comme 2026-11.")
                }
                day = parsed
            } else {
                day = CalendarDay(Date(), in: shop.ledger.timeZone)
            }
            let style = format.lowercased()
            guard ["text", "texte", "csv", "json"].contains(style) else {
                throw Failure("Présentation « \(format) » inconnue : text, csv ou json.")
            }
            let report = try ledgerCall { try shop.ledger.epicerieReport(month: day) }
            switch style {
            case "csv": print(csv(report), terminator: "")
            case "json": print(try json(report))
            default: print(PrintableText.sanitized(text(report), singleLine: false))
            }
        }
    }
}

private func text(_ r: EpicerieReport) -> String {
    let weight = Grams.kilograms(r.gramsSold)
        + (r.unitsWithoutWeight != 0 ? " (et \(counted(Int(r.unitsWithoutWeight), "unité", "unités")) sans poids connu)" : "")
    let rows = [
        ("Foyers servis", String(r.householdsServed)),
        ("Passages", String(r.visits)),
        ("Personnes touchées", String(r.personsReached)),
        ("Montant payé", r.paid.formatted),
        ("Valeur marchande", r.marketValue.formatted),
        ("Aide apportée", r.aid.formatted),
        ("Poids vendu", weight),
    ]
    return (["Épicerie sociale — \(r.month.frenchMonth)"] + rows.map { pad($0.0, 20) + $0.1 }).joined(separator: "\n")
}

/// One header line and one line of figures, amounts as a spreadsheet reads them (`1234,56`).
private func csv(_ r: EpicerieReport) -> String {
    let amount = { (m: Money) in m.plain.replacingOccurrences(of: " ", with: "") }
    let kg = Grams.kilograms(r.gramsSold).replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "kg", with: "")
    return CSVTable.text(
        header: ["mois", "foyers_servis", "passages", "personnes", "montant_paye", "valeur_marchande", "aide",
                 "kg_vendus", "unites_sans_poids"],
        rows: [[r.month.isoMonth, String(r.householdsServed), String(r.visits), String(r.personsReached),
                amount(r.paid), amount(r.marketValue), amount(r.aid), kg, String(r.unitsWithoutWeight)]])
}

/// Amounts in cents and weights in grams: whole numbers, never rounded by a reader.
private func json(_ r: EpicerieReport) throws -> String {
    struct Figures: Encodable {
        var mois: String
        var foyers_servis: Int
        var passages: Int
        var personnes: Int
        var montant_paye_centimes: Int64
        var valeur_marchande_centimes: Int64
        var aide_centimes: Int64
        var poids_vendu_g: Int64
        var unites_sans_poids: Int64
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let data = try encoder.encode(Figures(
        mois: r.month.isoMonth, foyers_servis: r.householdsServed, passages: r.visits, personnes: r.personsReached,
        montant_paye_centimes: r.paid.cents, valeur_marchande_centimes: r.marketValue.cents, aide_centimes: r.aid.cents,
        poids_vendu_g: r.gramsSold, unites_sans_poids: r.unitsWithoutWeight))
    return String(decoding: data, as: UTF8.self)
}
