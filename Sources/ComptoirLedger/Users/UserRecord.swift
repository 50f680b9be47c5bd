import ComptoirCore
import GRDB

/// A row of `users`: an account, corrected in place (role, deactivation, PIN, attempts),
/// `verify` replaying its entries. The PIN is only ever here as its slow hash.
struct UserRecord: FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "users"

    enum Columns {
        static let id = Column("id")
        static let firstName = Column("first_name")
        static let role = Column("role")
        static let active = Column("active")
        static let pinHash = Column("pin_hash")
        static let createdAt = Column("created_at")
        static let pinFailures = Column("pin_failures")
        static let pinFailedAt = Column("pin_failed_at")
        static let locked = Column("locked")
    }

    /// nil until inserted.
    var id: Int64?
    var firstName: String
    /// `Role`'s raw value.
    var role: String
    var active: Bool
    var pinHash: String
    var createdAt: String
    /// Wrong PINs in a row, and the time of the last one.
    var pinFailures: Int
    var pinFailedAt: String?
    var locked: Bool

    /// A new active account, no PIN attempt counted.
    init(firstName: String, role: Role, pinHash: String, createdAt: String) {
        self.firstName = firstName
        self.role = role.rawValue
        active = true
        self.pinHash = pinHash
        self.createdAt = createdAt
        pinFailures = 0
        locked = false
    }

    init(row: Row) {
        id = row[Columns.id]
        firstName = row[Columns.firstName]
        role = row[Columns.role]
        active = row[Columns.active]
        pinHash = row[Columns.pinHash]
        createdAt = row[Columns.createdAt]
        pinFailures = row[Columns.pinFailures]
        pinFailedAt = row[Columns.pinFailedAt]
        locked = row[Columns.locked]
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = id
        container[Columns.firstName] = firstName
        container[Columns.role] = role
        container[Columns.active] = active
        container[Columns.pinHash] = pinHash
        container[Columns.createdAt] = createdAt
        container[Columns.pinFailures] = pinFailures
        container[Columns.pinFailedAt] = pinFailedAt
        container[Columns.locked] = locked
    }

    /// The active accounts that may allow things (responsables and admins).
    static func activeManagers() -> QueryInterfaceRequest<UserRecord> {
        filter(Columns.active == true && [Role.responsable.rawValue, Role.admin.rawValue].contains(Columns.role))
    }

    /// The account as the rest of the program sees it; a role this program does not know
    /// is a damaged table.
    func summary() throws -> UserSummary {
        guard let id, let role = Role(rawValue: role) else { throw LedgerError.storage("rôle inconnu dans la table users") }
        return UserSummary(id: id, firstName: firstName, role: role, active: active, locked: locked)
    }
}
