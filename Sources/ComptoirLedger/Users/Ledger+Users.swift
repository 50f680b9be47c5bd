import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// False on a brand-new shop: the executable then asks for the first account.
    public func hasUsers() throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM users)") ?? false }
    }

    /// Users sorted by first name (French order, case and accents ignored).
    public func users(includeInactive: Bool) throws -> [UserSummary] {
        let rows = try read { db in
            try Row.fetchAll(db, sql: "SELECT id, first_name, role, active FROM users"
                + (includeInactive ? "" : " WHERE active = 1"))
        }
        return try rows.map(Self.summary).sorted {
            $0.firstName.compare($1.firstName, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedAscending
        }
    }

    /// Adds a user. The first name is trimmed and must not be the one of another active
    /// user (case ignored). `by` is the manager doing it; nil for the first account or a
    /// command-line set-up.
    public func createUser(firstName: String, pin: String, role: Role, by actor: Int64?, till: String) throws -> UserSummary {
        if let problem = PinRule.problem(with: pin) { throw LedgerError.refused(problem) }
        let pinHash = try hashPin(pin)  // slow on purpose: outside the write lock
        return try write { db in
            try self.insertUser(db, firstName: firstName, pinHash: pinHash, role: role, by: actor, till: till)
        }
    }

    /// The user when the PIN is right and the account active; nil otherwise.
    public func authenticate(userId: Int64, pin: String) throws -> UserSummary? {
        let row = try read { db in
            try Row.fetchOne(db, sql: "SELECT id, first_name, role, active, pin_hash FROM users WHERE id = ?",
                             arguments: [userId])
        }
        guard let row, row["active"] as Bool else { return nil }
        guard PinHash.matches(pin: pin, stored: row["pin_hash"]) else { return nil }
        return try Self.summary(row)
    }

    @discardableResult
    public func setRole(userId: Int64, role: Role, by actor: Int64?, till: String) throws -> UserSummary {
        try write { db in
            try self.checkActor(db, actor)
            let user = try self.activeUser(db, userId)
            if user.role == role { return user }
            try self.checkActor(db, actor, touchesAdmin: role == .admin || user.role == .admin)
            if user.role.isManager && !role.isManager {
                try self.requireAnotherManager(db, besides: userId,
                    reason: "\(user.firstName) est le dernier responsable actif : nommez d'abord un autre responsable ou admin.")
            }
            try db.execute(sql: "UPDATE users SET role = ? WHERE id = ?", arguments: [role.rawValue, userId])
            try self.journal(db, .userRoleChanged, till: till, operatorId: actor,
                             UserPayload(user: userId, role: role.rawValue, previousRole: user.role.rawValue))
            return UserSummary(id: userId, firstName: user.firstName, role: role, active: true)
        }
    }

    @discardableResult
    public func deactivate(userId: Int64, by actor: Int64?, till: String) throws -> UserSummary {
        try write { db in
            try self.checkActor(db, actor)
            let user = try self.activeUser(db, userId)
            try self.checkActor(db, actor, touchesAdmin: user.role == .admin)
            if user.role.isManager {
                try self.requireAnotherManager(db, besides: userId,
                    reason: "\(user.firstName) est le dernier responsable actif : nommez d'abord un autre responsable ou admin.")
            }
            try db.execute(sql: "UPDATE users SET active = 0 WHERE id = ?", arguments: [userId])
            try self.journal(db, .userDeactivated, till: till, operatorId: actor, UserPayload(user: userId))
            return UserSummary(id: userId, firstName: user.firstName, role: user.role, active: false)
        }
    }

    /// Sets a new PIN. A manager may change anyone's; a user may change their own.
    public func changePin(userId: Int64, pin: String, by actor: Int64?, till: String) throws {
        if let problem = PinRule.problem(with: pin) { throw LedgerError.refused(problem) }
        let pinHash = try hashPin(pin)
        try write { db in
            if actor != userId { try self.checkActor(db, actor) }
            _ = try self.activeUser(db, userId)
            try db.execute(sql: "UPDATE users SET pin_hash = ? WHERE id = ?", arguments: [pinHash, userId])
            try self.journal(db, .userPinChanged, till: till, operatorId: actor,
                             UserPayload(user: userId, pinDigest: UserPayload.digest(ofPinHash: pinHash)))
        }
    }

    // MARK: - Inside a transaction

    func hashPin(_ pin: String) throws -> String {
        do { return try PinHash.make(pin: pin, rounds: pinRounds) } catch {
            throw LedgerError.storage("calcul du code PIN impossible")
        }
    }

    func insertUser(_ db: Database, firstName: String, pinHash: String, role: Role, by actor: Int64?, till: String) throws -> UserSummary {
        let name = firstName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw LedgerError.refused("Le prénom est vide : tapez le prénom de la personne.") }
        try checkActor(db, actor, touchesAdmin: role == .admin)
        let activeNames = try String.fetchAll(db, sql: "SELECT first_name FROM users WHERE active = 1")
        if activeNames.contains(where: { $0.compare(name, options: .caseInsensitive) == .orderedSame }) {
            throw LedgerError.refused(
                "Il existe déjà un compte actif au prénom « \(name) » : ajoutez une initiale (par exemple « \(name) B. »).")
        }
        if !role.isManager, try activeManagerCount(db) == 0 {
            throw LedgerError.refused(
                "Le premier compte doit être un responsable ou un admin : choisissez ce rôle pour ce compte.")
        }
        let createdAt = Timestamp.string(millis: Timestamp.millis(Date()))
        try db.execute(
            sql: "INSERT INTO users (first_name, role, active, pin_hash, created_at) VALUES (?, ?, 1, ?, ?)",
            arguments: [name, role.rawValue, pinHash, createdAt])
        let id = db.lastInsertedRowID
        try journal(db, .userCreated, till: till, operatorId: actor,
                    UserPayload(user: id, firstName: name, role: role.rawValue,
                                pinDigest: UserPayload.digest(ofPinHash: pinHash)))
        return UserSummary(id: id, firstName: name, role: role, active: true)
    }

    /// The actor must be an active manager; an admin when the admin role is given, taken
    /// away or deactivated (a responsable cannot promote themselves).
    func checkActor(_ db: Database, _ actor: Int64?, touchesAdmin: Bool = false) throws {
        guard let actor else { return }
        let row = try Row.fetchOne(db, sql: "SELECT role, active FROM users WHERE id = ?", arguments: [actor])
        guard let row, row["active"] as Bool, let role = Role(rawValue: row["role"]), role.isManager else {
            throw LedgerError.refused("Réservé aux responsables : demandez à un responsable de le faire avec son code.")
        }
        if touchesAdmin && role != .admin {
            throw LedgerError.refused("Seul un admin peut donner, retirer ou désactiver le rôle admin.")
        }
    }

    private func activeUser(_ db: Database, _ id: Int64) throws -> UserSummary {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, first_name, role, active FROM users WHERE id = ?",
                                         arguments: [id]) else {
            throw LedgerError.refused("Ce compte n'existe pas : choisissez un compte dans la liste.")
        }
        let user = try Self.summary(row)
        guard user.active else {
            throw LedgerError.refused("Le compte de \(user.firstName) est désactivé : choisissez un compte actif.")
        }
        return user
    }

    private func activeManagerCount(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM users WHERE active = 1 AND role IN ('responsable', 'admin')") ?? 0
    }

    private func requireAnotherManager(_ db: Database, besides id: Int64, reason: String) throws {
        let others = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM users WHERE active = 1 AND role IN ('responsable', 'admin') AND id <> ?
            """, arguments: [id]) ?? 0
        if others == 0 { throw LedgerError.refused(reason) }
    }

    static func summary(_ row: Row) throws -> UserSummary {
        guard let role = Role(rawValue: row["role"]) else {
            throw LedgerError.storage("rôle inconnu dans la table users")
        }
        return UserSummary(id: row["id"], firstName: row["first_name"], role: role, active: row["active"])
    }
}
