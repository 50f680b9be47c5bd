import Foundation
import ComptoirCore

/// The X (interim, changes nothing) and the Z (the closing) on paper: takings by payment
/// method and by activity, the vide-greniers split, the drawer expected, counted and the
/// variance, the counts of tickets, and the perpetual grand total.
public struct SessionReportLayout: Sendable {
    public init() {}

    /// The X of `report`, or the Z when `closing` is given. A Z prints its journal entry
    /// with the start of its hash (`journalHead`): kept on paper, it anchors the ledger
    /// outside its file (`comptoir verify --head`). A duplicate (a Z printed again at
    /// `reprintedAt`, as it was written) says `DUPLICATA` at the top and when it was printed again.
    public func document(for report: SessionReport, closing: ClosingReport?, _ context: DocumentContext,
                         width: ReceiptWidth, journalHead: ChainHead? = nil, reprintedAt: Date? = nil) -> PrintDocument {
        var doc = PrintDocument(width: width)
        doc.documentTop(context, title: closing == nil ? "X — RAPPORT INTERMÉDIAIRE" : "Z — CLÔTURE DE CAISSE")
        if reprintedAt != nil {
            doc.marker(Receipt.duplicateMarker)
            doc.add([""])
        }
        doc.row("Caisse", report.till)
        doc.row("Session n°", "\(report.sessionId)")
        doc.row("Ouverte le", FrenchDateTime.format(report.openedAt, in: context.timeZone))
        doc.separator()
        doc.add(["Par moyen de paiement"], bold: true)
        for method in PaymentMethod.allCases {
            guard let amount = report.byMethod[method] else { continue }
            doc.row(method.label, amount.formatted, indent: 2)
        }
        doc.add(["Par activité"], bold: true)
        for activity in Activity.allCases {
            guard let amount = report.byActivity[activity] else { continue }
            doc.row(activity.label, amount.formatted, indent: 2)
            if activity == .videGreniers, report.commission != .zero || report.sellersShare != .zero {
                doc.row("dont commission", report.commission.formatted, indent: 4)
                doc.row("dont part des déposants", report.sellersShare.formatted, indent: 4)
            }
        }
        doc.row("Total", report.total.formatted, bold: true)
        doc.row("Ventes", "\(report.sales)")
        doc.row("Annulations", "\(report.cancellations)")
        doc.row("Remboursements", "\(report.refunds)")
        doc.separator()
        doc.add(["Tiroir"], bold: true)
        doc.row("Fond de caisse", report.float.formatted, indent: 2)
        doc.row("Espèces encaissées", (report.byMethod[.cash] ?? .zero).formatted, indent: 2)
        if report.cashPayouts != .zero { doc.row("Reversements déposants", (-report.cashPayouts).formatted, indent: 2) }
        if report.otherCashMovements != .zero { doc.row("Prélèvements", report.otherCashMovements.formatted, indent: 2) }
        doc.row("Espèces attendues", report.expectedCash.formatted, bold: true)
        if let closing {
            for cents in CashCount.denominations {
                guard let n = closing.count.pieces[cents], n > 0 else { continue }
                doc.row("\(n) × \(CashCount.label(cents))", Money(cents: cents * Int64(n)).formatted, indent: 2)
            }
            doc.row("Espèces comptées", closing.counted.formatted, bold: true)
            doc.row("Écart", closing.variance.formatted, bold: closing.variance != .zero)
            if let comment = closing.comment { doc.add(TextLayout.wrap("Commentaire : " + comment, width: width.columns)) }
        }
        doc.separator()
        doc.row("Total perpétuel", report.perpetualTotal.formatted, bold: true)
        if let sales = report.perpetualSales, let counter = report.perpetualCounterEntries {
            // In absolute values, apart: a counter-entry cannot hide a sale.
            doc.row("ventes", sales.formatted, indent: 2)
            doc.row("annul./rembours.", counter.formatted, indent: 2)
        }
        if let closing {
            doc.add(TextLayout.wrap("Clôturé le \(FrenchDateTime.format(closing.closedAt, in: context.timeZone)) par \(closing.closedBy)",
                                    width: width.columns))
            if let journalHead, journalHead.seq == closing.journalSeq {
                doc.add(TextLayout.wrap(journalHead.printed, width: width.columns))
            } else {
                doc.add(["Entrée du journal n° \(closing.journalSeq)"])
            }
            if let reprintedAt {
                doc.add(TextLayout.wrap("Duplicata imprimé le \(FrenchDateTime.format(reprintedAt, in: context.timeZone))",
                                        width: width.columns))
            }
        } else {
            doc.centred("Rapport intermédiaire : la caisse reste ouverte.")
        }
        doc.documentBottom(context)
        return doc
    }
}
