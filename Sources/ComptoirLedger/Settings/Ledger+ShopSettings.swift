import ComptoirCore
import Foundation
import GRDB

/// The shop's settings: insert-only rows, each tied to the journal entry that holds the
/// same text; the latest by journal order is in force. `verify` replays the entries and
/// compares them with the rows, so a setting changed with sqlite3 is caught.
extension Ledger {
    /// The settings in force, or nil when none were ever saved.
    public func shopSettings() throws -> ShopSettings? {
        try read { db in try self.shopSettings(db) }
    }

    /// Saves the settings (journaled whole); refused with the French reason when they do
    /// not hold or when `actor` is no admin.
    public func setShopSettings(_ settings: ShopSettings, by actor: Int64, till: String) throws {
        if let problem = settings.problem { throw LedgerError.refused(problem) }
        try write { db in
            try self.checkActor(db, actor)
            guard try UserRecord.fetchOne(db, key: actor)?.role == Role.admin.rawValue else {
                throw LedgerError.refused("Les réglages de la boutique sont réservés aux admins.")
            }
            try self.appendShopSettings(db, settings, operatorId: actor, till: till)
        }
    }

    /// Once, on a base that has none: the settings an older configuration file held
    /// (`[shop]`), journaled without an operator. False when settings were already there.
    @discardableResult
    public func seedShopSettings(_ settings: ShopSettings, till: String) throws -> Bool {
        try write { db in
            guard try self.shopSettings(db) == nil else { return false }
            try self.appendShopSettings(db, settings, operatorId: nil, till: till)
            return true
        }
    }

    private func appendShopSettings(_ db: Database, _ settings: ShopSettings, operatorId: Int64?, till: String) throws {
        let text: String
        do { text = try CanonicalJSON.encode(settings) } catch {
            throw LedgerError.storage("réglages de la boutique impossibles à encoder")
        }
        let stamp = try Journal.append(db, kind: .shopSettingsChanged, till: till, operatorId: operatorId, payload: text, now: clock())
        try db.execute(sql: "INSERT INTO shop_settings (settings, journal_seq) VALUES (?, ?)", arguments: [text, stamp.seq])
    }

    func shopSettings(_ db: Database) throws -> ShopSettings? {
        guard let text = try String.fetchOne(db.cachedStatement(
            sql: "SELECT settings FROM shop_settings ORDER BY journal_seq DESC LIMIT 1")) else {
            return nil
        }
        guard let settings = CanonicalJSON.decode(ShopSettings.self, from: text) else {
            throw LedgerError.storage("réglages de la boutique illisibles")
        }
        return settings
    }
}
