import ComptoirCore

/// Why a responsable's approval was refused.
public enum ApprovalRefusal: Equatable, Sendable {
    /// Their PIN was not accepted (wrong, wait, locked, deactivated).
    case pin(PinRefusal)
    /// The account named is no responsable (its role changed meanwhile).
    case notManager(name: String)

    var message: String {
        switch self {
        case .pin(let refusal): return refusal.message + " Rien n'a été fait."
        case .notManager(let name): return "\(name) n'est pas responsable : demandez à un responsable."
        }
    }
}
