import GRDB

/// Journal payload of `ticket.reprinted`.
struct ReprintPayload: Codable, Equatable {
    var number: Int64
}

extension Ledger {
    /// Journals a reprint (a `DUPLICATA`) of ticket `number` before it is printed: every
    /// copy of a receipt that leaves the till is in the books.
    public func recordReprint(number: Int64, till: String, operatorId: Int64) throws {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM tickets WHERE number = ?)",
                                    arguments: [number]) == true else {
                throw LedgerError.refused("Il n'y a pas de ticket n° \(number) : vérifiez le numéro.")
            }
            try self.journal(db, .ticketReprinted, till: till, operatorId: operatorId, ReprintPayload(number: number))
        }
    }
}
