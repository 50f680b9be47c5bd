import Foundation

/// Why a typed amount was refused; `message` is the French text shown to the user.
public enum MoneyParseError: Error, Equatable, Sendable {
    case empty
    case notANumber(String)
    case tooManyDecimals(String)
    case negative(String)
    case tooLarge(String)

    public var message: String {
        switch self {
        case .empty: return "Montant vide : tapez un montant, par exemple 2,50."
        case .notANumber(let s): return "« \(s) » n'est pas un montant. Exemple : 2,50."
        case .tooManyDecimals(let s): return "« \(s) » a plus de deux chiffres après la virgule."
        case .negative(let s): return "« \(s) » est négatif : tapez un montant positif."
        case .tooLarge(let s): return "« \(s) » est trop grand."
        }
    }
}

extension Money {
    /// Largest amount accepted from the keyboard (one million euros).
    public static let maximumTyped = Money(cents: 100_000_000)

    /// Parses an amount typed the French way (`1 234,56`, `2,5`, `3 €`) or with a dot
    /// (`2.50`, as a numeric keypad sends). Spaces (ordinary, no-break, narrow no-break)
    /// group thousands. At most two decimals. Negative amounts are refused.
    public static func parse(_ input: String) -> Result<Money, MoneyParseError> {
        var s = input.trimmingCharacters(in: .whitespaces)
        if s.hasSuffix("€") { s.removeLast(); s = s.trimmingCharacters(in: .whitespaces) }
        if s.isEmpty { return .failure(.empty) }
        let original = input.trimmingCharacters(in: .whitespaces)
        if s.hasPrefix("-") { return .failure(.negative(original)) }
        s.removeAll { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
        let parts = s.split(separator: s.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return .failure(.notANumber(original)) }
        let intPart = String(parts[0])
        let fracPart = parts.count == 2 ? String(parts[1]) : ""
        // ASCII digits only: "1\u{301}" is a Character in "0"..."9" but not a number.
        let allDigits: (String) -> Bool = { $0.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }
        guard allDigits(intPart), allDigits(fracPart), !(intPart.isEmpty && fracPart.isEmpty) else {
            return .failure(.notANumber(original))
        }
        guard fracPart.count <= 2 else { return .failure(.tooManyDecimals(original)) }
        let significant = intPart.drop { $0 == "0" }
        guard significant.count <= 9 else { return .failure(.tooLarge(original)) }
        let euros = Int64(significant.isEmpty ? "0" : String(significant))!
        let frac = fracPart.isEmpty ? 0 : Int64(fracPart.count == 1 ? fracPart + "0" : fracPart)!
        let money = Money(cents: euros * 100 + frac)
        guard money <= maximumTyped else { return .failure(.tooLarge(original)) }
        return .success(money)
    }
}
