import Foundation

/// The system's reasons in French: strerror() speaks English under the C locale.
enum SystemErrorText {
    static func french(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "introuvable"
        case EACCES, EPERM: return "accès refusé ; l'utilisateur doit être dans le groupe lp ou dialout"
        case EBUSY: return "occupée par un autre programme"
        case ECONNREFUSED: return "connexion refusée"
        case EHOSTUNREACH, ENETUNREACH: return "réseau ou machine injoignable"
        case ETIMEDOUT: return "délai dépassé"
        case EPIPE, ECONNRESET: return "liaison coupée"
        case ENOSPC: return "disque plein"
        case EIO: return "erreur d'entrée-sortie"
        case ENODEV, ENXIO: return "appareil absent ou débranché"
        default: return String(cString: strerror(code))
        }
    }
}
