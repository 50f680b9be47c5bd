import Foundation

/// An item a seller leaves in their box, with its label. `number` counts from 1 within
/// the rental, so the label code (`V12-007-3`) names rental and item.
public struct ConsignedItem: Hashable, Sendable, Codable {
    /// Where the item is now: its last movement.
    public enum Status: Hashable, Sendable, Codable {
        case inStock
        case sold(ticket: Int64)
        case returned
        case donated(grams: Int?)

        public var label: String {
            switch self {
            case .inStock: return "en box"
            case .sold(let ticket): return "vendu (ticket n° \(ticket))"
            case .returned: return "rendu"
            case .donated: return "donné à la friperie"
            }
        }
    }

    public var id: Int64
    public var rentalId: Int64
    public var number: Int64
    public var boxCode: String
    public var description: String
    public var price: Money
    public var status: Status

    public init(id: Int64, rentalId: Int64, number: Int64, boxCode: String, description: String, price: Money,
                status: Status = .inStock) {
        self.id = id
        self.rentalId = rentalId
        self.number = number
        self.boxCode = boxCode
        self.description = description
        self.price = price
        self.status = status
    }

    public var code: ItemLabelCode { ItemLabelCode(rental: rentalId, item: number) }

    /// The French reason a new item cannot be registered; nil when it can.
    public static func problem(description: String, price: Money) -> String? {
        if description.trimmingCharacters(in: .whitespaces).isEmpty {
            return "Description : décrivez l'article (par exemple : pull rouge taille M)."
        }
        if price.cents <= 0 { return "Prix : un article en dépôt a un prix d'au moins 0,01 €." }
        return nil
    }
}
