/// A SIRET number: 14 digits whose Luhn sum is a multiple of 10 (La Poste's
/// establishments, SIREN 356 000 000, follow another rule and are accepted too).
public enum Siret {
    /// The digits of `text` (spaces allowed between groups), or the French reason it is no SIRET.
    public static func check(_ text: String) -> Result<String, SiretProblem> {
        let compact = text.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        guard compact.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.notDigits) }
        guard compact.count == 14 else { return .failure(.length(compact.count)) }
        guard luhn(compact) || laPoste(compact) else { return .failure(.checksum) }
        return .success(compact)
    }

    /// `12345678900012` as printed: `123 456 789 00012`.
    public static func formatted(_ digits: String) -> String {
        guard digits.count == 14 else { return digits }
        let d = Array(digits)
        return String(d[0..<3]) + " " + String(d[3..<6]) + " " + String(d[6..<9]) + " " + String(d[9..<14])
    }

    static func luhn(_ digits: String) -> Bool {
        var sum = 0
        for (i, c) in digits.reversed().enumerated() {
            var n = c.wholeNumberValue ?? 0
            if i % 2 == 1 { n *= 2; if n > 9 { n -= 9 } }
            sum += n
        }
        return sum % 10 == 0
    }

    /// La Poste's establishments: the digits' plain sum is a multiple of 5.
    static func laPoste(_ digits: String) -> Bool {
        digits.hasPrefix("356000000") && digits.compactMap(\.wholeNumberValue).reduce(0, +) % 5 == 0
    }
}

/// Why a typed SIRET is refused, said in French.
public enum SiretProblem: Error, Equatable, Sendable {
    case notDigits, length(Int), checksum

    public var message: String {
        switch self {
        case .notDigits:
            return "Le SIRET ne contient que des chiffres (14, espaces permis)."
        case .length(let n):
            return "Le SIRET a 14 chiffres ; vous en avez tapé \(n)."
        case .checksum:
            return "Ce SIRET n'existe pas (chiffre de contrôle faux) : vérifiez-le sur l'avis de situation Insee."
        }
    }
}
