import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// The rules in force: the latest a responsable saved, or the standard ones.
    public func epicerieRules() throws -> EpicerieRules {
        try read { db in try self.epicerieRules(db) }
    }

    /// Saves new rules (journaled whole); refused, naming the field, when they do not hold.
    public func setEpicerieRules(_ rules: EpicerieRules, by actor: Int64, till: String) throws {
        if let problem = rules.problem { throw LedgerError.refused(problem) }
        try write { db in
            try self.checkActor(db, actor)
            let text: String
            do { text = try CanonicalJSON.encode(rules) } catch {
                throw LedgerError.storage("règles impossibles à encoder")
            }
            let stamp = try Journal.append(db, kind: .epicerieRulesChanged, till: till, operatorId: actor, payload: text, now: clock())
            try db.execute(sql: "INSERT INTO epicerie_rules (rules, journal_seq) VALUES (?, ?)", arguments: [text, stamp.seq])
        }
    }

    /// The latest by journal order, not by row id: ids are not chained, entries are.
    func epicerieRules(_ db: Database) throws -> EpicerieRules {
        guard let text = try String.fetchOne(db.cachedStatement(
            sql: "SELECT rules FROM epicerie_rules ORDER BY journal_seq DESC LIMIT 1")) else {
            return .standard
        }
        guard let rules = CanonicalJSON.decode(EpicerieRules.self, from: text) else {
            throw LedgerError.storage("règles de l'épicerie illisibles")
        }
        return rules
    }
}
