/// A reason typed for a responsable's approval (override, cancellation, refund, drawer, drop)
/// stays in the journal for good: it may say why, never who. Text that looks like a phone
/// number, an e-mail address or an IBAN is refused before anything is written.
public enum JournaledReason {
    /// The French refusal, or nil when the reason may be kept.
    public static func problem(_ text: String) -> String? {
        let digits = text.filter { $0.isASCII && $0.isNumber }.count
        let compact = text.uppercased().filter { !$0.isWhitespace }
        let iban = compact.count >= 15 && compact.prefix(2).allSatisfy(\.isLetter) && compact.dropFirst(2).prefix(2).allSatisfy(\.isNumber)
        if text.contains("@") || digits >= 8 || iban {
            return "La raison reste au journal pour toujours : sans téléphone, courriel, IBAN ni nom ; dites seulement pourquoi (par exemple : décision de la commission)."
        }
        return nil
    }
}
