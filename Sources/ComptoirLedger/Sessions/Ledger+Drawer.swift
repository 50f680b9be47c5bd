import ComptoirCore
import GRDB

/// Journal payload of `drawer.opened`.
struct DrawerOpeningPayload: Codable, Equatable {
    var authorizedBy: Int64
    var reason: String

    enum CodingKeys: String, CodingKey {
        case authorizedBy = "authorized_by"
        case reason
    }
}

/// Journal payload of `drawer.failed`: why the printer did not open the drawer.
struct DrawerFailurePayload: Codable, Equatable {
    var reason: String
}

/// Journal payload of `cash.dropped`: cash taken out of the drawer during the session
/// (to the bank, to the safe), with the responsable who allowed it and why.
struct CashDropPayload: Codable, Equatable {
    var session: Int64
    var amountCents: Int64
    var authorizedBy: Int64
    var reason: String

    enum CodingKeys: String, CodingKey {
        case session, reason
        case amountCents = "amount_cents"
        case authorizedBy = "authorized_by"
    }
}

extension Ledger {
    /// A drop: `amount` leaves the drawer of the open session (a drawer movement the Z
    /// subtracts from the cash expected), allowed by a responsable, with its reason.
    public func recordCashDrop(amount: Money, reason: String, authorizedBy: Int64, till: String, operatorId: Int64,
                               sessionId: Int64) throws {
        guard amount.cents > 0 else {
            throw LedgerError.refused("Tapez le montant sorti du tiroir, par exemple 200, puis Alt+B.")
        }
        let why = reason.trimmingCharacters(in: .whitespaces)
        guard !why.isEmpty else {
            throw LedgerError.refused("Donnez la raison du prélèvement (par exemple : dépôt en banque).")
        }
        if let problem = JournaledReason.problem(why) { throw LedgerError.refused(problem) }
        try write { db in
            try self.checkActor(db, authorizedBy)
            try self.checkSaleContext(db, till: till, operatorId: operatorId, sessionId: sessionId)
            let stamp = try self.journal(db, .cashDropped, till: till, operatorId: operatorId,
                                         CashDropPayload(session: sessionId, amountCents: amount.cents, authorizedBy: authorizedBy,
                                                         reason: why))
            try db.execute(sql: """
                INSERT INTO cash_movements (session_id, kind, amount_cents, journal_seq, at) VALUES (?, 'drop', ?, ?, ?)
                """, arguments: [sessionId, -amount.cents, stamp.seq, stamp.at])
        }
    }

    /// Journals the drawer opened without a sale, with the responsable who allowed it and
    /// why, before the drawer opens.
    public func recordDrawerOpening(till: String, operatorId: Int64, authorizedBy: Int64, reason: String) throws {
        let why = reason.trimmingCharacters(in: .whitespaces)
        guard !why.isEmpty else {
            throw LedgerError.refused("Donnez la raison de l'ouverture du tiroir (par exemple : faire de la monnaie).")
        }
        if let problem = JournaledReason.problem(why) { throw LedgerError.refused(problem) }
        try write { db in
            try self.checkActor(db, authorizedBy)
            try self.journal(db, .drawerOpened, till: till, operatorId: operatorId,
                             DrawerOpeningPayload(authorizedBy: authorizedBy, reason: why))
        }
    }

    /// Journals a drawer the printer did not open (paper out, cover open, no answer): the
    /// cash count at the Z may then be explained.
    public func recordDrawerFailure(till: String, reason: String) throws {
        try write { db in
            _ = try self.journal(db, .drawerFailed, till: till, operatorId: nil, DrawerFailurePayload(reason: reason))
        }
    }
}
