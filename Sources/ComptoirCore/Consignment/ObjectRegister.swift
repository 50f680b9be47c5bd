import Foundation

/// The registre des objets mobiliers a dépôt-vente keeps (C. pén. art. 321-7, R321-3 ff.):
/// each deposited item with its order number, description, price, the depositor's
/// identity and domicile, their identity document (kind, number, issue date and
/// authority), and — once sold — the date and the payment method of the sale.
public struct ObjectRegisterEntry: Hashable, Sendable {
    public var order: Int64
    public var depositedAt: Date
    public var item: ItemLabelCode
    public var boxCode: String
    public var description: String
    public var price: Money
    public var seller: Seller
    public var soldAt: Date?
    /// Payment methods of the sale, in French (`Espèces`, `Carte + Espèces`).
    public var payment: String?
    /// `rendu`, `donné à la friperie`, when the item left unsold.
    public var outcome: String?

    public init(order: Int64, depositedAt: Date, item: ItemLabelCode, boxCode: String, description: String, price: Money,
                seller: Seller, soldAt: Date?, payment: String?, outcome: String?) {
        self.order = order
        self.depositedAt = depositedAt
        self.item = item
        self.boxCode = boxCode
        self.description = description
        self.price = price
        self.seller = seller
        self.soldAt = soldAt
        self.payment = payment
        self.outcome = outcome
    }
}

public enum ObjectRegisterCSV {
    public static let header = [
        "numero_ordre", "date_depot", "etiquette", "box", "description", "prix", "deposant_nom", "deposant_prenom",
        "deposant_domicile", "piece_identite", "numero_piece", "piece_delivree_le", "piece_delivree_par",
        "date_vente", "paiement", "sortie",
    ]

    /// The CSV file (UTF-8 with its byte order mark, `;`), dates in the shop's time zone.
    public static func file(_ entries: [ObjectRegisterEntry], timeZone: TimeZone) -> [UInt8] {
        CSVTable.file(header: header, rows: entries.map { e in
            [
                "\(e.order)", CalendarDay(e.depositedAt, in: timeZone).french, e.item.text, e.boxCode, e.description,
                e.price.plain, e.seller.lastName, e.seller.firstName, e.seller.address, e.seller.document.label,
                e.seller.documentNumber, e.seller.documentIssuedOn?.french ?? "", e.seller.documentAuthority,
                e.soldAt.map { CalendarDay($0, in: timeZone).french } ?? "", e.payment ?? "", e.outcome ?? "",
            ]
        })
    }
}
