/// Why no weight came from the scale. The sale can always go on: every message ends by
/// telling the volunteer to type the weight.
public enum ScaleError: Error, Equatable, Sendable {
    case cannotOpen(String, reason: String)
    /// The configured path exists but is not a serial port (wrong port in the configuration).
    case notATerminal(String)
    case unsupportedBaud(Int)
    case unsupportedFraming(String)
    case noAnswer(String)
    case garbled
    case io(String)
    /// The scale weighs in pounds or ounces: the till counts grams.
    case unsupportedUnit(String)

    public var message: String {
        switch self {
        case .cannotOpen(let port, let reason):
            return "Impossible d'ouvrir la balance sur \(port) (\(reason)) : vérifiez qu'elle est branchée et le port dans la configuration (scale.port). Tapez le poids en attendant."
        case .notATerminal(let port):
            return "\(port) n'est pas un port série : indiquez le port de la balance dans la configuration (scale.port), par exemple /dev/ttyUSB0. Tapez le poids en attendant."
        case .unsupportedBaud(let baud):
            return "Vitesse \(baud) non prise en charge pour la balance : choisissez 1200, 2400, 4800, 9600 ou 19200 (scale.baud), comme réglé sur la balance. Tapez le poids en attendant."
        case .unsupportedFraming(let framing):
            return "Format série « \(framing) » non pris en charge pour la balance : choisissez 7E1 ou 8N1 (scale.framing), comme réglé sur la balance. Tapez le poids en attendant."
        case .noAnswer(let port):
            return "La balance ne répond pas sur \(port) : vérifiez qu'elle est allumée et branchée, et le port dans la configuration (scale.port). Tapez le poids en attendant."
        case .garbled:
            return "La balance a répondu de façon incompréhensible : vérifiez que son protocole (Toledo 8217 ou SMA) est celui de la configuration (scale.protocol) et que la vitesse et le format (scale.baud, scale.framing) correspondent à son réglage. Tapez le poids en attendant."
        case .io(let reason):
            return "La liaison avec la balance a échoué (\(reason)) : vérifiez le câble puis réessayez. Tapez le poids en attendant."
        case .unsupportedUnit(let unit):
            return "La balance pèse en « \(unit) » : réglez-la en kilogrammes. Tapez le poids en attendant."
        }
    }
}
