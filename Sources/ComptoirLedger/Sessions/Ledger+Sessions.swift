import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// Opens a session on `till` with a counted float: a `till_sessions` row and its
    /// `float` cash movement, journaled as `session.opened`.
    public func openSession(till: String, operatorId: Int64, float: Money) throws -> SessionInfo {
        let till = till.trimmingCharacters(in: .whitespaces)
        guard !till.isEmpty else { throw LedgerError.refused("Le nom de la caisse est vide : indiquez-le dans la configuration.") }
        guard !float.isNegative else {
            throw LedgerError.refused("Le fond de caisse ne peut pas être négatif : recomptez la caisse et tapez le montant.")
        }
        return try write { db in
            guard try UserRecord.fetchOne(db, key: operatorId)?.active == true else {
                throw LedgerError.refused("Ce compte n'existe pas ou est désactivé : connectez-vous avec un compte actif.")
            }
            if try self.latestOpenSession(db, till: till) != nil {
                throw LedgerError.refused("La caisse \(till) est déjà ouverte : continuez sur la session en cours ou faites d'abord sa clôture.")
            }
            let id = (try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM till_sessions")) ?? 1
            let stamp = try self.journal(db, .sessionOpened, till: till, operatorId: operatorId,
                SessionPayload(session: id, till: till, openedBy: operatorId, floatCents: float.cents))
            try db.execute(
                sql: """
                    INSERT INTO till_sessions (id, till, opened_at, opened_by, float_cents, journal_seq)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [id, till, stamp.at, operatorId, float.cents, stamp.seq])
            try db.execute(
                sql: """
                    INSERT INTO cash_movements (session_id, kind, amount_cents, journal_seq, at)
                    VALUES (?, 'float', ?, ?, ?)
                    """,
                arguments: [id, float.cents, stamp.seq, stamp.at])
            return SessionInfo(id: id, till: till, openedAt: stamp.date, openedBy: operatorId, float: float)
        }
    }

    /// The open session of `till`: its latest session, unless a closing row ends it.
    public func currentSession(till: String) throws -> SessionInfo? {
        try read { db in try self.latestOpenSession(db, till: till) }
    }

    func latestOpenSession(_ db: Database, till: String) throws -> SessionInfo? {
        // till_sessions_by_till serves "latest of this till"; session_closings.session_id is unique (indexed).
        guard let row = try Row.fetchOne(db, sql: """
            SELECT s.id, s.till, s.opened_at, s.opened_by, s.float_cents,
                   EXISTS (SELECT 1 FROM session_closings c WHERE c.session_id = s.id) AS closed
            FROM till_sessions s WHERE s.till = ? ORDER BY s.id DESC LIMIT 1
            """, arguments: [till]) else { return nil }
        if row["closed"] as Bool { return nil }
        return SessionInfo(
            id: row["id"], till: row["till"],
            openedAt: Timestamp.date(row["opened_at"]) ?? Date(timeIntervalSince1970: 0),
            openedBy: row["opened_by"], float: Money(cents: row["float_cents"]))
    }
}
