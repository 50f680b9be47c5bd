import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// False on a brand-new shop: the executable then asks for the first account.
    public func hasUsers() throws -> Bool {
        try read { db in try !UserRecord.all().isEmpty(db) }
    }

    /// Users sorted by first name (French order, case and accents ignored).
    public func users(includeInactive: Bool) throws -> [UserSummary] {
        let records = try read { db in
            try (includeInactive ? UserRecord.all() : UserRecord.filter(UserRecord.Columns.active == true)).fetchAll(db)
        }
        return try records.map { try $0.summary() }.sorted {
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
            try UserRecord.filter(key: userId).updateAll(db, UserRecord.Columns.role.set(to: role.rawValue))
            try self.journal(db, .userRoleChanged, till: till, operatorId: actor,
                             UserPayload(user: userId, role: role.rawValue, previousRole: user.role.rawValue))
            return UserSummary(id: userId, firstName: user.firstName, role: role, active: true, locked: user.locked)
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
            try UserRecord.filter(key: userId).updateAll(db, UserRecord.Columns.active.set(to: false))
            try self.journal(db, .userDeactivated, till: till, operatorId: actor, UserPayload(user: userId))
            return UserSummary(id: userId, firstName: user.firstName, role: user.role, active: false, locked: user.locked)
        }
    }

    /// A user changes their own PIN: the old one is checked (and counted, like any PIN
    /// typed) before the new one is set. Refused without counting anything: a new PIN that
    /// breaks `PinRule` or is the old one.
    public func changeOwnPin(userId: Int64, oldPin: String, newPin: String, now: Date, till: String) throws -> PinVerdict {
        if let problem = PinRule.problem(with: newPin) { throw LedgerError.refused(problem) }
        guard newPin != oldPin else { throw LedgerError.refused("Le nouveau code est l'ancien : choisissez-en un autre.") }
        let verdict = try checkPin(userId: userId, pin: oldPin, at: .ownPin, now: now, till: till, operatorId: userId)
        guard case .accepted = verdict else { return verdict }
        let pinHash = try hashPin(newPin)
        try write { db in
            _ = try self.activeUser(db, userId)
            try self.storePin(db, userId: userId, pinHash: pinHash, by: userId, till: till, now: now)
        }
        return verdict
    }

    /// A manager gives someone a new PIN (forgotten): a responsable to a bénévole, an admin
    /// to anyone. Their own PIN is changed with the old one (`changeOwnPin`). A locked
    /// account stays locked: only an admin reactivates it.
    public func resetPin(userId: Int64, pin: String, by actor: Int64, till: String, now: Date? = nil) throws {
        let now = now ?? clock()
        if let problem = PinRule.problem(with: pin) { throw LedgerError.refused(problem) }
        let pinHash = try hashPin(pin)
        try write { db in
            try self.checkActor(db, actor)
            guard actor != userId else {
                throw LedgerError.refused("Pour votre propre code, changez-le avec votre ancien code (F6 sur l'écran Utilisateurs).")
            }
            let user = try self.activeUser(db, userId)
            try self.checkActor(db, actor, outranks: user.role)
            try self.storePin(db, userId: userId, pinHash: pinHash, by: actor, till: till, now: now)
        }
    }

    /// An admin gives a deactivated or locked account back its use, its wrong PINs
    /// forgotten. Without an actor only when no admin can act any more (every admin
    /// deactivated or locked): the command line's way back in, journaled as such.
    @discardableResult
    public func reactivate(userId: Int64, by actor: Int64?, till: String, now: Date? = nil) throws -> UserSummary {
        let now = now ?? clock()
        return try write { db in
            typealias C = UserRecord.Columns
            if let actor {
                try self.checkActor(db, actor)
                guard try UserRecord.fetchOne(db, key: actor)?.role == Role.admin.rawValue else {
                    throw LedgerError.refused("Seul un admin réactive un compte : demandez à un admin de le faire avec son code.")
                }
            } else if try UserRecord.filter(C.role == Role.admin.rawValue && C.active == true && C.locked == false).fetchCount(db) > 0 {
                throw LedgerError.refused("Seul un admin réactive un compte : indiquez-le avec --as PRÉNOM.")
            }
            guard let record = try UserRecord.fetchOne(db, key: userId) else {
                throw LedgerError.refused("Ce compte n'existe pas : choisissez un compte dans la liste.")
            }
            let user = try record.summary()
            guard !user.usable else {
                throw LedgerError.refused("Le compte \(French.de(user.firstName)) est actif et pas verrouillé : rien à réactiver.")
            }
            if !user.active {
                let others = try String.fetchAll(db, UserRecord.select(C.firstName).filter(C.active == true && C.id != userId))
                if others.contains(where: { $0.compare(user.firstName, options: .caseInsensitive) == .orderedSame }) {
                    throw LedgerError.refused("Un autre compte actif s'appelle « \(user.firstName) » : désactivez-le ou renommez "
                        + "l'un des deux avant de réactiver celui-ci.")
                }
            }
            try UserRecord.filter(key: userId).updateAll(db, [
                C.active.set(to: true), C.locked.set(to: false), C.pinFailures.set(to: 0), C.pinFailedAt.set(to: nil),
            ])
            try self.journal(db, .userReactivated, till: till, operatorId: actor, UserPayload(user: userId), now: now)
            return UserSummary(id: userId, firstName: user.firstName, role: user.role)
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
        typealias C = UserRecord.Columns
        let activeNames = try String.fetchAll(db, UserRecord.select(C.firstName).filter(C.active == true))
        if activeNames.contains(where: { $0.compare(name, options: .caseInsensitive) == .orderedSame }) {
            throw LedgerError.refused(
                "Il existe déjà un compte actif au prénom « \(name) » : ajoutez une initiale (par exemple « \(name) B. »).")
        }
        if !role.isManager, try activeManagerCount(db) == 0 {
            throw LedgerError.refused(
                "Le premier compte doit être un responsable ou un admin : choisissez ce rôle pour ce compte.")
        }
        let createdAt = Timestamp.string(millis: Timestamp.millis(clock()))
        try UserRecord(firstName: name, role: role, pinHash: pinHash, createdAt: createdAt).insert(db)
        let id = db.lastInsertedRowID
        try journal(db, .userCreated, till: till, operatorId: actor,
                    UserPayload(user: id, firstName: name, role: role.rawValue,
                                pinDigest: UserPayload.digest(ofPinHash: pinHash)))
        return UserSummary(id: id, firstName: name, role: role, active: true)
    }

    /// The actor must be an active manager; an admin when the admin role is given, taken
    /// away or deactivated (a responsable cannot promote themselves). A locked one acts no
    /// more until an admin reactivates them.
    func checkActor(_ db: Database, _ actor: Int64?, touchesAdmin: Bool = false) throws {
        guard let actor else { return }
        let user = try UserRecord.fetchOne(db, key: actor)
        guard let user, user.active, let role = Role(rawValue: user.role), role.isManager else {
            throw LedgerError.refused("Réservé aux responsables : demandez à un responsable de le faire avec son code.")
        }
        if user.locked {
            throw LedgerError.refused(
                "Le compte de \(user.firstName) est verrouillé après trop de codes faux : un admin doit le réactiver.")
        }
        if touchesAdmin && role != .admin {
            throw LedgerError.refused("Seul un admin peut donner, retirer ou désactiver le rôle admin.")
        }
    }

    /// A responsable resets a bénévole's PIN; a responsable's or an admin's needs an admin.
    func checkActor(_ db: Database, _ actor: Int64, outranks target: Role) throws {
        guard target.isManager else { return }
        if try UserRecord.fetchOne(db, key: actor)?.role != Role.admin.rawValue {
            throw LedgerError.refused("Un responsable redonne un code à un bénévole ; celui d'un responsable ou d'un admin, "
                + "c'est un admin qui le redonne.")
        }
    }

    /// Sets the PIN hash and journals its digest (the PIN itself never leaves this call).
    private func storePin(_ db: Database, userId: Int64, pinHash: String, by actor: Int64?, till: String, now: Date) throws {
        try UserRecord.filter(key: userId).updateAll(db, UserRecord.Columns.pinHash.set(to: pinHash))
        try journal(db, .userPinChanged, till: till, operatorId: actor,
                    UserPayload(user: userId, pinDigest: UserPayload.digest(ofPinHash: pinHash)), now: now)
    }

    private func activeUser(_ db: Database, _ id: Int64) throws -> UserSummary {
        guard let record = try UserRecord.fetchOne(db, key: id) else {
            throw LedgerError.refused("Ce compte n'existe pas : choisissez un compte dans la liste.")
        }
        let user = try record.summary()
        guard user.active else {
            throw LedgerError.refused("Le compte \(French.de(user.firstName)) est désactivé : choisissez un compte actif.")
        }
        return user
    }

    private func activeManagerCount(_ db: Database) throws -> Int {
        try UserRecord.activeManagers().fetchCount(db)
    }

    private func requireAnotherManager(_ db: Database, besides id: Int64, reason: String) throws {
        let others = try UserRecord.activeManagers().filter(UserRecord.Columns.id != id).fetchCount(db)
        if others == 0 { throw LedgerError.refused(reason) }
    }
}
