import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// Records a weighing at the back door, journaled (`friperie.flow`) with its row.
    /// Anyone at the till may weigh in a donation or an outflow.
    @discardableResult
    public func recordFlow(_ flow: FriperieFlow, by actor: Int64, till: String, now: Date? = nil) throws -> FriperieFlow {
        let now = now ?? clock()
        if let problem = flow.problem { throw LedgerError.refused(problem) }
        var flow = flow
        flow.party = flow.party.trimmingCharacters(in: .whitespacesAndNewlines)
        return try write { db in
            let id = (try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM friperie_flows") ?? 0) + 1
            let stamp = try self.journal(db, .friperieFlow, till: till, operatorId: actor, FriperieFlowPayload(id: id, flow), now: now)
            try db.execute(sql: """
                INSERT INTO friperie_flows (id, direction, family, grams, origin, destination, party, journal_seq, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, flow.direction.rawValue, flow.family.rawValue, flow.grams,
                                 flow.direction == .intake ? flow.origin?.rawValue : nil,
                                 flow.direction == .outflow ? flow.destination?.rawValue : nil, flow.party, stamp.seq, stamp.at])
            flow.id = id
            flow.at = stamp.date
            return flow
        }
    }

    /// The last weighings, newest first (the donations screen's list), with the items given
    /// to the shop from a vide-greniers box, which arrive with their weight (id 0: they are
    /// item movements, not weighings of the back door).
    public func recentFlows(limit: Int = 20) throws -> [FriperieFlow] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, direction, family, grams, origin, destination, party, at FROM friperie_flows
                UNION ALL
                SELECT 0, 'entree', 'autre', m.weight_grams, 'vide-greniers', NULL, i.description, m.at
                FROM item_movements m JOIN consigned_items i ON i.id = m.item_id
                WHERE m.kind = 'don' AND m.weight_grams IS NOT NULL
                ORDER BY at DESC, id DESC LIMIT ?
                """, arguments: [limit]).map { row in
                FriperieFlow(id: row["id"], direction: FriperieFlow.Direction(rawValue: row["direction"]) ?? .intake,
                             family: FriperieFamily(rawValue: row["family"]) ?? .autre, grams: row["grams"],
                             origin: (row["origin"] as String?).flatMap(DonationOrigin.init(rawValue:)),
                             destination: (row["destination"] as String?).flatMap(OutflowDestination.init(rawValue:)),
                             party: row["party"], at: Timestamp.date(row["at"]) ?? clock())
            }
        }
    }
}
