/// Why a document did not reach the paper. The sale is already committed: the till shows
/// `message` and offers to print again.
public enum PrinterError: Error, Equatable, Sendable {
    case notConfigured
    case cannotOpen(String, reason: String)
    case noAnswer
    case unexpectedAnswer
    case notReady(PrinterStatus)
    case writeFailed(String)

    public var message: String {
        switch self {
        case .notConfigured:
            return "Aucune imprimante n'est configurée (section [printer] de la configuration)."
        case .cannotOpen(let target, let reason):
            return "Impossible de joindre l'imprimante « \(target) » (\(reason)) : vérifiez le câble ou le réseau et la configuration."
        case .noAnswer:
            return "L'imprimante ne répond pas (2 secondes) : vérifiez qu'elle est allumée et branchée, puis réimprimez."
        case .unexpectedAnswer:
            return "L'imprimante a répondu de façon inattendue : est-ce bien une imprimante ESC/POS ? Vérifiez la configuration."
        case .notReady(let status):
            return status.message
        case .writeFailed(let reason):
            return "L'impression a échoué (\(reason)) : vérifiez l'imprimante puis réimprimez."
        }
    }
}
