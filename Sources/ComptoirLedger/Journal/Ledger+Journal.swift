import Foundation
import GRDB

extension Ledger {
    /// The one way business writes reach the journal: encodes `payload` canonically and
    /// appends the entry in the caller's transaction (the one writing the rows), dated
    /// `now` or, without it, by the ledger's clock.
    @discardableResult
    func journal<Payload: Encodable>(
        _ db: Database, _ kind: JournalKind, till: String, operatorId: Int64?, _ payload: Payload, now: Date? = nil
    ) throws -> JournalStamp {
        let text: String
        do { text = try CanonicalJSON.encode(payload) } catch {
            throw LedgerError.storage("contenu du journal impossible à encoder")
        }
        return try Journal.append(db, kind: kind, till: till, operatorId: operatorId, payload: text, now: now ?? clock())
    }
}
