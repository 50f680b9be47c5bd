/// The VAT status printed at the bottom of every receipt, chosen among the presets the
/// law allows a solidarity shop; free text would let a wrong mention reach the customer.
public enum LegalMention: String, CaseIterable, Codable, Sendable {
    /// A non-profit association exempt under art. 261-7-1° b of the CGI.
    case association
    /// The VAT franchise (art. 293 B of the CGI).
    case franchise
    /// Liable to VAT: prices include it.
    case assujettie

    /// The choice as the settings screen lists it.
    public var label: String {
        switch self {
        case .association: return "Association exonérée de TVA (art. 261-7-1° b du CGI)"
        case .franchise: return "TVA non applicable, art. 293 B du CGI"
        case .assujettie: return "Assujettie à la TVA"
        }
    }

    /// The line the receipt prints. Comptoir has no VAT rates yet: a VAT-liable shop's
    /// receipt says its prices include VAT, without the breakdown by rate.
    public var receiptLine: String {
        switch self {
        case .association: return "Association exonérée de TVA, art. 261-7-1° b du CGI"
        case .franchise: return "TVA non applicable, art. 293 B du CGI"
        case .assujettie: return "Prix TTC, TVA comprise"
        }
    }

    /// The preset an older configuration's free text meant, if any.
    public static func matching(_ text: String) -> LegalMention? {
        let t = text.lowercased()
        if t.contains("293 b") { return .franchise }
        if t.contains("261") { return .association }
        if t.contains("ttc") || t.contains("assujetti") { return .assujettie }
        return nil
    }
}
