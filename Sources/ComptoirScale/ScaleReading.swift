/// What the scale said when asked for the weight. Only `.stable` carries a weight the till
/// can use; every other case has a message telling the volunteer what to do.
public enum ScaleReading: Equatable, Sendable {
    /// A stable weight, always more than 0 g (a stable 0 is `.zero`).
    case stable(grams: Int)
    case zero
    case moving
    case overCapacity
    case underZero
    case outOfZeroRange
    /// The scale reports an error of its own (SMA tare error, weight not shown).
    case fault

    /// nil for `.stable`; otherwise the French message for the volunteer.
    public var message: String? {
        switch self {
        case .stable:
            return nil
        case .zero:
            return "La balance indique 0 : posez l'article sur le plateau et relisez-la, ou tapez le poids."
        case .moving:
            return "Poids instable : attendez que la balance se stabilise et relisez-la, ou tapez le poids."
        case .overCapacity:
            return "Au-delà de la portée de la balance : pesez en plusieurs fois, ou tapez le poids."
        case .underZero:
            return "Poids négatif : videz le plateau et remettez la balance à zéro, ou tapez le poids."
        case .outOfZeroRange:
            return "La balance n'arrive pas à se mettre à zéro : videz le plateau, éteignez-la et rallumez-la, ou tapez le poids."
        case .fault:
            return "La balance signale une erreur : regardez son afficheur, remettez-la à zéro ou éteignez-la et rallumez-la, ou tapez le poids."
        }
    }
}
