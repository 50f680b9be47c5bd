import Foundation
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

/// The responsable (or, with `admin`, the admin) named by `--as`, after checking their PIN
/// (read from stdin, without echo on a terminal). The PIN counts like one typed at the
/// till: during a wait, or on a locked account, it is not even asked. `action` completes
/// « seul un responsable ou un admin peut … ».
func authenticateManager(_ shop: Shop, _ name: String?, action: String = "faire ce changement", admin: Bool = false) throws -> Int64 {
    guard let name else {
        throw Failure("Indiquez le responsable qui autorise ce changement : --as PRÉNOM.")
    }
    let manager = try findUser(shop, name)
    guard manager.role.isManager else {
        throw Failure("\(manager.firstName) est \(manager.role.label) : seul un responsable ou un admin peut \(action).")
    }
    if admin && manager.role != .admin {
        throw Failure("\(manager.firstName) est \(manager.role.label) : seul un admin peut \(action).")
    }
    try checkTypedPin(shop, manager, prompt: "Code PIN \(French.de(manager.firstName)) : ", place: .command)
    return manager.id
}

/// Asks `user`'s PIN and checks it in the ledger (counted); a refusal becomes the French
/// failure, « rien n'a été changé ».
func checkTypedPin(_ shop: Shop, _ user: UserSummary, prompt: String, place: PinAttemptPlace) throws {
    try withAttemptLedger(shop) { ledger in
        if let refusal = try ledgerCall({ try ledger.pinRefusalBeforeCheck(userId: user.id, now: Date()) }) {
            throw Failure(refusal.message + " Rien n'a été changé.")
        }
        let pin = try readSecret(prompt)
        let verdict = try ledgerCall {
            try ledger.checkPin(userId: user.id, pin: pin, at: place, now: Date(), till: shop.tillName)
        }
        if case .refused(let refusal) = verdict { throw Failure(refusal.message + " Rien n'a été changé.") }
    }
}

/// Runs `body` on a ledger where a wrong PIN can be counted: the shop's, or for a command
/// that opened it read-only, the same file opened for writing for that moment (otherwise
/// read-only commands would let PINs be tried without limit).
func withAttemptLedger<T>(_ shop: Shop, _ body: (Ledger) throws -> T) throws -> T {
    guard shop.ledger.isReadOnly else { return try body(shop.ledger) }
    let ledger: Ledger
    do {
        ledger = try Ledger.open(path: shop.databasePath, pinRounds: shop.config.pinRounds,
                                 witness: shop.isDemo ? nil : Shop.witness(shop.config))
    } catch let error as LedgerError {
        throw Failure("Le code PIN ne peut pas être vérifié : la base ne s'ouvre pas en écriture, et les codes faux y sont comptés. "
            + error.message)
    }
    defer { try? ledger.close() }
    return try body(ledger)
}
