import ComptoirCore

/// A seller's statement on paper: each sale and refund of the period, the payouts, the
/// rent deducted, and the totals down to the balance the shop owes.
public struct SellerStatementLayout: Sendable {
    public init() {}

    public func document(for statement: SellerStatement, _ context: DocumentContext, width: ReceiptWidth) -> PrintDocument {
        var doc = PrintDocument(width: width)
        let w = width.columns
        doc.documentTop(context, title: "RELEVÉ DÉPOSANT")
        let s = statement.seller
        doc.add(TextLayout.wrap("\(s.fullName) · déposant n° \(s.id)", width: w), bold: true)
        doc.add(["du \(statement.from.french) au \(statement.to.french)"])
        doc.separator()
        if statement.sales.isEmpty {
            doc.add(["Aucune vente sur la période."])
        }
        for sale in statement.sales {
            let day = String(CalendarDay(sale.at, in: context.timeZone).french.prefix(5))
            let code = sale.item?.text ?? "\(sale.boxCode) (étiquette manuscrite)"
            doc.add(TextLayout.wrap("\(day) \(code)", width: w))
            let what = sale.price.isNegative ? "Remboursé : \(sale.description)" : sale.description
            doc.add(TextLayout.labelRow(what, sale.price.formatted, width: w))
        }
        doc.separator()
        let rates = Set(statement.sales.map { rate(of: $0.split) }.compactMap { $0 })
        doc.row("Ventes", statement.gross.formatted)
        doc.row(rates.count == 1 ? "Commission (\(rates.first!))" : "Commission", (-statement.commission).formatted)
        doc.row("Part du déposant", statement.share.formatted, bold: true)
        for rent in statement.rentDeducted {
            doc.row("Loyer déduit \(rent.boxCode) \(String(CalendarDay(rent.at, in: context.timeZone).french.prefix(5)))",
                    (-rent.amount).formatted)
        }
        for payout in statement.payouts {
            doc.row("Reversement \(String(CalendarDay(payout.at, in: context.timeZone).french.prefix(5))) \(payout.method.label)",
                    (-payout.amount).formatted)
        }
        for debt in statement.debtPaid {
            doc.row("Dette payée \(String(CalendarDay(debt.at, in: context.timeZone).french.prefix(5)))", debt.amount.formatted)
        }
        doc.separator()
        doc.row("Solde au début", statement.openingBalance.formatted)
        doc.row("Solde à la fin", statement.closingBalance.formatted, bold: true)
        doc.documentBottom(context)
        return doc
    }

    /// The rate a split was made at, when it can be told (a price of at least 1 €).
    private func rate(of split: CommissionSplit) -> String? {
        let price = split.price.cents
        guard abs(price) >= 100 else { return nil }
        for bp in stride(from: 0, through: 10_000, by: 50) where CommissionSplit(price: split.price, rateBasisPoints: bp) == split {
            return CommissionSplit.rateLabel(bp)
        }
        return nil
    }
}
