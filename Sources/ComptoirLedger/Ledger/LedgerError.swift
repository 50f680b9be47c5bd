import Foundation
import GRDB

/// Why the ledger could not do what was asked. `message` is the French text for the user:
/// what happened and what to do next.
public enum LedgerError: Error, Equatable, Sendable {
    /// The file exists but is not a Comptoir database (not SQLite, or another program's).
    case notComptoirDatabase(String)
    /// A newer Comptoir has migrated this database.
    case newerSchema
    /// Another process held the database past the busy timeout.
    case locked
    /// The disk or SQLite failed; the text is a technical detail, kept for the log.
    case storage(String)
    /// A business rule refused the operation; the text is the French reason.
    case refused(String)
    /// Nothing is at the path a command reads (a typo, an unplugged disk).
    case noDatabase(String)
    /// The file at the base's path is no longer the one the till opened (deleted, moved, replaced).
    case databaseMoved(String)
    /// A till holds the base open, so it cannot be replaced.
    case tillOpen
    /// SQLite found no room left on the disk (SQLITE_FULL).
    case diskFull
    /// The base cannot be written: opened read-only, or no rights on the file or its folder.
    case readOnly
    /// The file is damaged, or not a database (SQLITE_CORRUPT, SQLITE_NOTADB) where the path is unknown.
    case damaged

    public var message: String {
        switch self {
        case .notComptoirDatabase(let path):
            return "Le fichier « \(path) » n'est pas une base Comptoir. Il n'a pas été modifié. "
                + "Vérifiez le chemin de la base dans la configuration, ou indiquez un nouveau fichier "
                + "pour créer une base neuve."
        case .newerSchema:
            return "Cette base a été créée par une version plus récente de Comptoir. Elle n'a pas été "
                + "modifiée. Installez la même version de Comptoir que sur les autres postes, puis relancez."
        case .locked:
            return "La base est occupée par un autre programme Comptoir (une autre caisse ou une "
                + "sauvegarde en cours). Rien n'a été enregistré : attendez quelques secondes et "
                + "réessayez. Si cela continue, fermez les autres caisses puis relancez Comptoir."
        case .storage(let detail):
            return "La base de données n'a pas pu être lue ou écrite (\(detail)). Rien n'a été "
                + "enregistré pour cette opération : réessayez. Si cela continue, vérifiez le "
                + "disque et prévenez un responsable."
        case .refused(let reason):
            return reason
        case .noDatabase(let path):
            return "Il n'y a pas de base Comptoir à « \(path) ». Rien n'a été créé. Vérifiez le chemin (--db, ou "
                + "database.path dans la configuration) et que le disque ou la clé USB est bien branché."
        case .databaseMoved(let path):
            return "La base a été déplacée ou supprimée pendant que la caisse tournait : rien n'a été enregistré. "
                + "Remettez la base à sa place (\(path)) ou restaurez la dernière sauvegarde, puis relancez Comptoir."
        case .tillOpen:
            return "Une caisse est ouverte sur cette base : fermez toutes les caisses puis recommencez."
        case .diskFull:
            return "Le disque est plein : rien n'a été enregistré pour cette opération. Libérez de la place "
                + "(ou prévenez un responsable), puis réessayez."
        case .readOnly:
            return "La base est en lecture seule : droits insuffisants sur le fichier de la base ou sur son dossier. "
                + "Rien n'a été enregistré. Prévenez un responsable : le fichier doit pouvoir être modifié par "
                + "l'utilisateur de la caisse."
        case .damaged:
            return "Le fichier de la base est abîmé, ou ce n'est pas une base Comptoir : rien n'a été enregistré. "
                + "Prévenez un responsable : « comptoir verify » le confirme, puis restaurez la dernière sauvegarde."
        }
    }

    /// Maps any error met while talking to SQLite onto a `LedgerError`.
    static func wrap(_ error: any Error) -> LedgerError {
        if let ledgerError = error as? LedgerError { return ledgerError }
        if let db = error as? DatabaseError {
            switch db.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked
            case .SQLITE_FULL: return .diskFull
            case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH: return .readOnly
            case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .damaged
            default: return .storage(frenchDetail(db.resultCode) ?? db.message ?? "\(db.resultCode)")
            }
        }
        return .storage(String(describing: error))
    }

    /// SQLite's other failures in French: its own messages are English. Nil for the rest
    /// (a constraint or trigger speaks our French words through RAISE).
    static func frenchDetail(_ code: ResultCode) -> String? {
        switch code {
        case .SQLITE_IOERR: return "erreur d'entrée-sortie du disque"
        case .SQLITE_CANTOPEN: return "fichier impossible à ouvrir : dossier absent ou droits insuffisants"
        case .SQLITE_NOMEM: return "mémoire insuffisante"
        case .SQLITE_TOOBIG: return "donnée trop grande"
        case .SQLITE_PROTOCOL, .SQLITE_NOLFS: return "verrouillage du fichier impossible sur ce disque"
        case .SQLITE_INTERRUPT: return "opération interrompue"
        default: return nil
        }
    }
}
