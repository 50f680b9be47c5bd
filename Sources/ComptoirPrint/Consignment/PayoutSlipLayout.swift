import ComptoirCore

/// What a payout slip says: who was paid, how much, how, what was owed before and after,
/// and who paid; the seller signs it. Always printed.
public struct PayoutSlip: Hashable, Sendable {
    public var seller: Seller
    public var payout: Payout
    public var balanceBefore: Money
    public var balanceAfter: Money

    public init(seller: Seller, payout: Payout, balanceBefore: Money, balanceAfter: Money) {
        self.seller = seller
        self.payout = payout
        self.balanceBefore = balanceBefore
        self.balanceAfter = balanceAfter
    }
}

public struct PayoutSlipLayout: Sendable {
    public init() {}

    public func document(for slip: PayoutSlip, _ context: DocumentContext, width: ReceiptWidth) -> PrintDocument {
        var doc = PrintDocument(width: width)
        doc.documentTop(context, title: "BON DE REVERSEMENT")
        doc.add(TextLayout.wrap("\(slip.seller.fullName) · déposant n° \(slip.seller.id)", width: width.columns), bold: true)
        doc.add([""])
        doc.large(slip.payout.amount.formatted)
        doc.centred(slip.payout.method == .cash ? "en espèces" : "par virement")
        // The IBAN the transfer went to, kept with the payout, not the one on file today.
        if slip.payout.method == .transfer, let iban = slip.payout.iban {
            doc.centred("IBAN " + IBAN.formatted(iban))
        }
        doc.add([""])
        doc.row("Solde avant", slip.balanceBefore.formatted)
        doc.row("Reversé", (-slip.payout.amount).formatted)
        doc.row("Solde après", slip.balanceAfter.formatted, bold: true)
        doc.add(TextLayout.wrap("Payé par : \(slip.payout.authorizedBy)", width: width.columns))
        doc.signature("Signature du déposant")
        doc.documentBottom(context)
        return doc
    }
}
