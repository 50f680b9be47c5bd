import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirRuntime

/// `comptoir report day|month|year`: the figures of the closings (the roll-up of the
/// period's Z's) as text, CSV or JSON. Sessions still without a Z are not counted.
enum ReportPeriod {
    static func run(_ kind: PeriodReport.Kind, _ period: String?, _ format: String, _ options: CommonOptions) throws {
        let style = format.lowercased()
        guard ["text", "texte", "csv", "json"].contains(style) else {
            throw Failure("Présentation « \(format) » inconnue : text, csv ou json.")
        }
        let shop = try Shop.open(options, access: .readOnly)
        let today = CalendarDay(Date(), in: shop.ledger.timeZone)
        let which = period ?? (kind == .day ? today.iso : kind == .month ? today.isoMonth : String(today.year))
        let (r, unclosed) = try ledgerCall { try shop.ledger.periodSummary(kind, which) }
        // The VAT status the receipts print, so that the figures say which applies.
        let mention = shop.config.vatMention
        switch style {
        case "csv": print(csv(r, mention: mention), terminator: "")
        case "json": print(try json(r, unclosed: unclosed, mention: mention))
        default: print(PrintableText.sanitized(text(r, unclosed: unclosed, mention: mention), singleLine: false))
        }
    }

    private static func text(_ r: PeriodReport, unclosed: Int, mention: String) -> String {
        var lines = ["Chiffres \(r.kind == .day ? "du" : "de") \(r.label) — \(counted(r.sessions.count, "Z", "Z"))"
                     + (unclosed > 0 ? " (\(counted(unclosed, "session sans Z, non comptée", "sessions sans Z, non comptées")))" : "")]
        lines.append(pad("Ventes", 28) + "\(r.sales)")
        lines.append(pad("Annulations", 28) + "\(r.cancellations)")
        lines.append(pad("Remboursements", 28) + "\(r.refunds)")
        for method in PaymentMethod.allCases { if let m = r.byMethod[method] { lines.append(pad(method.label, 28) + m.formatted) } }
        for activity in Activity.allCases { if let a = r.byActivity[activity] { lines.append(pad(activity.label, 28) + a.formatted) } }
        lines.append(pad("  dont commission", 28) + r.commission.formatted)
        lines.append(pad("  dont part des déposants", 28) + r.sellersShare.formatted)
        lines.append(pad("Total", 28) + r.total.formatted)
        lines.append(pad("Écarts de caisse", 28) + r.variance.formatted)
        lines.append(pad("Total perpétuel", 28) + r.perpetualTotal.formatted)
        if let sales = r.perpetualSales, let counter = r.perpetualCounterEntries {
            lines.append(pad("  ventes (valeur absolue)", 28) + sales.formatted)
            lines.append(pad("  annulations, rembours.", 28) + counter.formatted)
        }
        lines.append(pad("Mention légale", 28) + mention)
        return lines.joined(separator: "\n")
    }

    /// One line per figure: `rubrique;montant`, amounts as a spreadsheet reads them.
    private static func csv(_ r: PeriodReport, mention: String) -> String {
        let amount = { (m: Money) in m.plain.replacingOccurrences(of: " ", with: "") }
        var rows = [["periode", r.period], ["z", "\(r.sessions.count)"], ["ventes", "\(r.sales)"],
                    ["annulations", "\(r.cancellations)"], ["remboursements", "\(r.refunds)"]]
        for method in PaymentMethod.allCases { if let m = r.byMethod[method] { rows.append(["paiement_" + method.rawValue, amount(m)]) } }
        for activity in Activity.allCases { if let a = r.byActivity[activity] { rows.append(["activite_" + activity.rawValue, amount(a)]) } }
        rows += [["commission", amount(r.commission)], ["part_deposants", amount(r.sellersShare)], ["total", amount(r.total)],
                 ["ecarts_caisse", amount(r.variance)], ["total_perpetuel", amount(r.perpetualTotal)]]
        if let sales = r.perpetualSales, let counter = r.perpetualCounterEntries {
            rows += [["total_perpetuel_ventes", amount(sales)], ["total_perpetuel_annulations_remboursements", amount(counter)]]
        }
        rows.append(["mention_legale", mention])
        return CSVTable.text(header: ["rubrique", "valeur"], rows: rows)
    }

    /// Amounts in cents: whole numbers, never rounded by a reader.
    private static func json(_ r: PeriodReport, unclosed: Int, mention: String) throws -> String {
        struct Figures: Encodable {
            var periode: String
            var z: Int
            var sessions_sans_z: Int
            var ventes: Int
            var annulations: Int
            var remboursements: Int
            var paiements_centimes: [String: Int64]
            var activites_centimes: [String: Int64]
            var commission_centimes: Int64
            var part_deposants_centimes: Int64
            var total_centimes: Int64
            var ecarts_caisse_centimes: Int64
            var total_perpetuel_centimes: Int64
            var total_perpetuel_ventes_centimes: Int64?
            var total_perpetuel_annulations_remboursements_centimes: Int64?
            var mention_legale: String
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(Figures(
            periode: r.period, z: r.sessions.count, sessions_sans_z: unclosed, ventes: r.sales, annulations: r.cancellations,
            remboursements: r.refunds,
            paiements_centimes: Dictionary(uniqueKeysWithValues: r.byMethod.map { ($0.key.rawValue, $0.value.cents) }),
            activites_centimes: Dictionary(uniqueKeysWithValues: r.byActivity.map { ($0.key.rawValue, $0.value.cents) }),
            commission_centimes: r.commission.cents, part_deposants_centimes: r.sellersShare.cents, total_centimes: r.total.cents,
            ecarts_caisse_centimes: r.variance.cents, total_perpetuel_centimes: r.perpetualTotal.cents,
            total_perpetuel_ventes_centimes: r.perpetualSales?.cents,
            total_perpetuel_annulations_remboursements_centimes: r.perpetualCounterEntries?.cents, mention_legale: mention))
        return String(decoding: data, as: UTF8.self)
    }
}

extension ReportCommand {
    struct Day: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "day", abstract: "Chiffres d'un jour (AAAA-MM-JJ, aujourd'hui par défaut).")
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("Le jour, AAAA-MM-JJ.", valueName: "jour")) var day: String?
        @Option(help: ArgumentHelp("Présentation : text, csv ou json.", valueName: "présentation")) var format: String = "text"
        func run() throws { try ReportPeriod.run(.day, day, format, options) }
    }

    struct Month: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "month", abstract: "Chiffres d'un mois (AAAA-MM, le mois en cours par défaut).")
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("Le mois, AAAA-MM.", valueName: "mois")) var month: String?
        @Option(help: ArgumentHelp("Présentation : text, csv ou json.", valueName: "présentation")) var format: String = "text"
        func run() throws { try ReportPeriod.run(.month, month, format, options) }
    }

    struct Year: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "year", abstract: "Chiffres d'une année (AAAA, l'année en cours par défaut).")
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("L'année, AAAA.", valueName: "année")) var year: String?
        @Option(help: ArgumentHelp("Présentation : text, csv ou json.", valueName: "présentation")) var format: String = "text"
        func run() throws { try ReportPeriod.run(.year, year, format, options) }
    }
}
