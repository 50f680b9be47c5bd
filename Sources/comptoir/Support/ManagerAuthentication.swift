import ComptoirCore
import ComptoirLedger

/// The active user with that first name (any case).
func findUser(_ shop: Shop, _ firstName: String) throws -> UserSummary {
    let users = try ledgerCall { try shop.ledger.users(includeInactive: false) }
    guard let user = users.first(where: { $0.firstName.lowercased() == firstName.lowercased() }) else {
        throw Failure("Aucun utilisateur actif ne s'appelle « \(firstName) ». La liste : comptoir users")
    }
    return user
}

/// The responsable named by `--as`, after checking their PIN (read from stdin, without
/// echo on a terminal). `action` completes « seul un responsable ou un admin peut … ».
func authenticateManager(_ shop: Shop, _ name: String?, action: String = "faire ce changement") throws -> Int64 {
    guard let name else {
        throw Failure("Indiquez le responsable qui autorise ce changement : --as PRÉNOM.")
    }
    let manager = try findUser(shop, name)
    guard manager.role.isManager else {
        throw Failure("\(manager.firstName) est \(manager.role.label) : seul un responsable ou un admin peut \(action).")
    }
    let pin = try readSecret("Code PIN de \(manager.firstName) : ")
    guard try ledgerCall({ try shop.ledger.authenticate(userId: manager.id, pin: pin) }) != nil else {
        throw Failure("Code PIN incorrect : rien n'a été changé.")
    }
    return manager.id
}
