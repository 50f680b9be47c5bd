/// Why a PIN was not accepted. Outcomes are values: each screen or command says it in French.
public enum PinRefusal: Equatable, Sendable {
    /// Wrong; `remainingBeforeLock` more wrong ones lock the account; wait `waitSeconds`
    /// before the next try (0: none).
    case wrongPin(remainingBeforeLock: Int, waitSeconds: Int)
    /// Too many wrong PINs lately: the PIN was not even checked.
    case wait(seconds: Int)
    /// Locked after too many wrong PINs, until an admin reactivates the account.
    case locked
    /// Deactivated (or unknown).
    case inactive

    /// The French sentence, with what to do next.
    public var message: String {
        switch self {
        case .wrongPin(let remaining, let wait):
            var text = "Code PIN incorrect."
            if wait > 0 { text += " Patientez \(wait) s avant de réessayer." }
            if remaining <= 3 {
                text += remaining == 1 ? " Encore un code faux et le compte est verrouillé."
                                       : " Encore \(remaining) codes faux et le compte est verrouillé."
            }
            return text
        case .wait(let seconds):
            return "Trop de codes faux. Patientez \(seconds) s avant de réessayer."
        case .locked:
            return "Compte verrouillé après \(PinAttempts.lockAfter) codes faux : un admin doit le réactiver."
        case .inactive:
            return "Ce compte est désactivé : choisissez un compte actif."
        }
    }
}
