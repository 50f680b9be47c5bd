import ComptoirCore
import Foundation
import GRDB

/// The last ticket a till recorded, as a restarted till tells it.
public struct LastTicketInfo: Sendable, Equatable {
    public var number: Int64
    public var total: Money
    public var at: Date
    public var sessionId: Int64

    public init(number: Int64, total: Money, at: Date, sessionId: Int64) {
        self.number = number
        self.total = total
        self.at = at
        self.sessionId = sessionId
    }
}

extension Ledger {
    /// The highest-numbered ticket of `till` (a sale or a counter-entry), nil before its first.
    public func lastTicket(till: String) throws -> LastTicketInfo? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT number, total_cents, at, session_id FROM tickets WHERE till = ? ORDER BY number DESC LIMIT 1
                """, arguments: [till]) else { return nil }
            return LastTicketInfo(number: row["number"], total: Money(cents: row["total_cents"]),
                                  at: Timestamp.date(row["at"] as String) ?? Date(timeIntervalSince1970: 0),
                                  sessionId: row["session_id"])
        }
    }
}
