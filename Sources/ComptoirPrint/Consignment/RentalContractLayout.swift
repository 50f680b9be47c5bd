import ComptoirCore

/// The contract of a box rental, signed by the seller and the shop: the box, the period,
/// the commission frozen at signature, the rent and how it is paid.
public struct RentalContract: Hashable, Sendable {
    public var seller: Seller
    public var rental: Rental
    public var boxSize: String

    public init(seller: Seller, rental: Rental, boxSize: String) {
        self.seller = seller
        self.rental = rental
        self.boxSize = boxSize
    }

    public static let clause = "Les articles non repris à la fin de la location sont rendus ou donnés à la friperie."
}

public struct RentalContractLayout: Sendable {
    public init() {}

    public func document(for contract: RentalContract, _ context: DocumentContext, width: ReceiptWidth) -> PrintDocument {
        var doc = PrintDocument(width: width)
        let w = width.columns
        let s = contract.seller, r = contract.rental
        doc.documentTop(context, title: "CONTRAT DE LOCATION DE BOX")
        doc.add(TextLayout.wrap("Déposant : \(s.fullName) (n° \(s.id))", width: w), bold: true)
        doc.add(TextLayout.wrap("Pièce : \(s.document.label) \(s.documentNumber)", width: w))
        doc.separator()
        doc.row("Box", contract.boxSize.isEmpty ? r.boxCode : "\(r.boxCode) (\(contract.boxSize))", bold: true)
        doc.row("Du", r.from.french)
        doc.row("Au", r.to.french)
        doc.row("Commission", CommissionSplit.rateLabel(r.rateBasisPoints))
        doc.row("Loyer", r.rent.formatted, bold: true)
        doc.add(TextLayout.wrap("Loyer \(r.rentPayment.label).", width: w))
        doc.separator()
        doc.add(TextLayout.wrap("La commission de la boutique est fixée à la signature pour toute la location.", width: w))
        doc.add(TextLayout.wrap(RentalContract.clause, width: w))
        doc.signature("Le déposant")
        doc.signature("La boutique")
        doc.documentBottom(context)
        return doc
    }
}
