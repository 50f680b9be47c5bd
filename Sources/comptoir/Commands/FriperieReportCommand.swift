import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirRuntime

extension ReportCommand {
    /// `comptoir report friperie --year 2026`: the friperie's kilograms, month by month.
    struct Friperie: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "friperie",
            abstract: "Bilan de la friperie en kilos : entrées (par famille et provenance), ventes, sorties, par mois.",
            discussion: """
                Les entrées sont les dons pesés (écran Pesées, Alt+P) et les articles des box du vide-greniers donnés
                à la boutique. Les ventes sont les lignes pesées, plus les pièces au poids moyen de leur catégorie
                (remboursements et annulations déduits). Les sorties sont pesées, avec leur destination.
                Exemple : comptoir report friperie --year 2026 --format csv > friperie-2026.csv
                """
        )
        @OptionGroup var options: CommonOptions
        @Option(help: ArgumentHelp("L'année (par défaut l'année en cours).", valueName: "année")) var year: Int?
        @Option(help: ArgumentHelp("Présentation : text, csv ou json.", valueName: "présentation")) var format: String = "text"

        func run() throws {
            let style = format.lowercased()
            guard ["text", "texte", "csv", "json"].contains(style) else {
                throw Failure("Présentation « \(format) » inconnue : text, csv ou json.")
            }
            let shop = try Shop.open(options, access: .readOnly)
            let year = self.year ?? CalendarDay(Date(), in: shop.ledger.timeZone).year
            let figures = try ledgerCall { try shop.ledger.friperieFigures(year: year) }
            switch style {
            case "csv": print(CSVTable.text(header: FriperieFigures.csvHeader, rows: figures.csvRows), terminator: "")
            case "json": print(try FriperieReportText.json(figures))
            default: print(PrintableText.sanitized(FriperieReportText.text(figures), singleLine: false))
            }
        }
    }
}

/// The friperie's figures as the command prints them.
enum FriperieReportText {
    static func text(_ f: FriperieFigures) -> String {
        let kg = { (g: Int) in Grams.kilograms(Int64(g)) }
        let total = f.total
        var out = ["Friperie \(f.year) — en kilos", ""]
        out.append(pad("Mois", 12) + padLeft("Entrées", 16) + padLeft("Vendus", 16) + padLeft("Sorties", 16))
        for (i, m) in f.months.enumerated() {
            out.append(pad(CalendarDay.frenchMonthNames[i], 12) + padLeft(kg(m.intakeTotal), 16) + padLeft(kg(m.soldTotal), 16)
                + padLeft(kg(m.outflowTotal), 16))
        }
        out.append(pad("Total", 12) + padLeft(kg(total.intakeTotal), 16) + padLeft(kg(total.soldTotal), 16) + padLeft(kg(total.outflowTotal), 16))
        out.append("")
        out.append("Entrées par famille : " + list(FriperieFamily.allCases.compactMap { c in total.intake[c].map { "\(c.label) \(kg($0))" } }))
        out.append("Entrées par provenance : "
            + list(DonationOrigin.allCases.compactMap { c in total.intakeByOrigin[c].map { "\(c.label) \(kg($0))" } }))
        let weighed = total.soldWeighed.values.reduce(0, +), byPiece = total.soldByPiece.values.reduce(0, +)
        out.append("Vendus : \(kg(weighed)) pesés, \(kg(byPiece)) à la pièce (poids moyen de la catégorie)"
            + (f.piecesWithoutWeight != 0
                ? " ; et \(counted(f.piecesWithoutWeight, "pièce vendue", "pièces vendues")) sans poids moyen, non comptées" : ""))
        out.append("Sorties par destination : "
            + list(OutflowDestination.allCases.compactMap { c in total.outflow[c].map { "\(c.label) \(kg($0))" } }))
        out.append("")
        out.append(contentsOf: chart(f))
        return out.joined(separator: "\n")
    }

    /// Up to three bars a month: in, sold, out, on one scale so that they compare.
    static func chart(_ f: FriperieFigures, width: Int = 50) -> [String] {
        let largest = f.months.map { max($0.intakeTotal, $0.soldTotal, $0.outflowTotal) }.max() ?? 0
        guard largest > 0 else { return ["(aucune pesée cette année)"] }
        var out = ["█ entrées   ▒ vendus   ░ sorties"]
        for (i, m) in f.months.enumerated() {
            let bars = [(m.intakeTotal, "█"), (m.soldTotal, "▒"), (m.outflowTotal, "░")].filter { $0.0 > 0 }
            if bars.isEmpty { out.append(pad(CalendarDay.frenchMonthAbbreviations[i], 6) + "—") }
            for (n, (grams, mark)) in bars.enumerated() {
                out.append(pad(n == 0 ? CalendarDay.frenchMonthAbbreviations[i] : "", 6) + String(repeating: mark, count: max(1, grams * width / largest))
                    + " " + Grams.kilograms(Int64(grams)).replacingOccurrences(of: " kg", with: ""))
            }
        }
        return out
    }

    /// Grams: whole numbers, never rounded by a reader.
    static func json(_ f: FriperieFigures) throws -> String {
        struct Month: Encodable {
            var mois: String
            var entrees_g: [String: Int]
            var entrees_par_provenance_g: [String: Int]
            var vendus_peses_g: [String: Int]
            var vendus_a_la_piece_g: [String: Int]
            var sorties_g: [String: Int]
        }
        struct Year: Encodable {
            var annee: Int
            var mois: [Month]
            var pieces_sans_poids: Int
        }
        func keyed<K: RawRepresentable>(_ d: [K: Int]) -> [String: Int] where K.RawValue == String {
            Dictionary(uniqueKeysWithValues: d.map { ($0.key.rawValue, $0.value) })
        }
        let months = f.months.enumerated().map { i, m in
            Month(mois: "\(f.year)-" + (i < 9 ? "0" : "") + "\(i + 1)", entrees_g: keyed(m.intake),
                  entrees_par_provenance_g: keyed(m.intakeByOrigin), vendus_peses_g: keyed(m.soldWeighed),
                  vendus_a_la_piece_g: keyed(m.soldByPiece), sorties_g: keyed(m.outflow))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(Year(annee: f.year, mois: months, pieces_sans_poids: f.piecesWithoutWeight)),
                      as: UTF8.self)
    }

    private static func list(_ items: [String]) -> String { items.isEmpty ? "aucune" : items.joined(separator: " ; ") }
}
