/// How a ticket is paid. The foundation takes cash; the others come with checkout.
public enum PaymentMethod: String, CaseIterable, Codable, Sendable {
    case cash = "especes"
    case card = "carte"
    case cheque
    case transfer = "virement"
    case voucher = "bon"
    case creditNote = "avoir"

    public var label: String {
        switch self {
        case .cash: return "Espèces"
        case .card: return "Carte bancaire"
        case .cheque: return "Chèque"
        case .transfer: return "Virement"
        case .voucher: return "Bon"
        case .creditNote: return "Avoir"
        }
    }
}
