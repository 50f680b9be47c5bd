import Foundation

/// French typography shared by every screen and message: elision of « de », spaces that
/// must not break, and names cut with an ellipsis.
public enum French {
    /// What follows « de »: a first name (« d'Hélène », « de Karim ») or a common noun
    /// that takes the article (« de l'Épicerie »). Before a consonant a noun keeps plain
    /// « de »: its gender (« de la », « du ») is not guessed.
    public enum Article: Sendable {
        case name
        case noun
    }

    /// « de » before `word`, elided before a vowel or a mute h.
    public static func de(_ word: String, article: Article = .name) -> String {
        guard elides(word) else { return "de " + word }
        switch article {
        case .name: return "d'" + word
        case .noun: return "de l'" + word
        }
    }

    /// True when `word` begins with a vowel sound: a vowel, accented or not, or an h
    /// that is mute in most first names and nouns (Hélène, Hugo, hôtel). Aspirated h
    /// words (« de Hamid » is said both ways) follow the heuristic.
    public static func elides(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        let base = String(first).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        if "aeiouyœæ".contains(base) { return true }
        if base == "h", word.count > 1 {
            let second = String(word[word.index(after: word.startIndex)])
                .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            return "aeiouy".contains(second)
        }
        return false
    }

    /// Characters that a French text never puts at the start of a line: they stand after a
    /// space that must not break (« 12,50 € », « F2 : carte », « oui ! », « fin »).
    static let gluedAfterSpace: Set<Character> = ["€", ":", ";", "!", "?", "»", "%"]

    /// `text` with the ordinary spaces that must not break (before `€ : ; ! ? » %`, after
    /// `«`) turned into U+00A0, so that a wrap splitting at ordinary spaces keeps
    /// « 12,50 € » and « F2 : carte » together.
    public static func gluingSpaces(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            if c == " " {
                let next = i + 1 < chars.count ? chars[i + 1] : nil
                let previous = i > 0 ? chars[i - 1] : nil
                if let next, gluedAfterSpace.contains(next) { out.append("\u{00A0}"); continue }
                if previous == "«" { out.append("\u{00A0}"); continue }
            }
            out.append(c)
        }
        return out
    }

    /// Back to ordinary spaces, for screens whose cells hold plain spaces.
    public static func plainSpaces<S: StringProtocol>(_ text: S) -> String {
        String(text).replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
    }

    /// `text` in at most `width` characters: a longer one is cut and ends with `…`, so that
    /// « Huile de tournesol 1 L » never reads « Huile de tournesol 1 ».
    public static func truncated(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        guard text.count > width else { return text }
        var head = String(text.prefix(width - 1))
        while head.last == " " || head.last == "\u{00A0}" { head.removeLast() }
        return head + "…"
    }
}
