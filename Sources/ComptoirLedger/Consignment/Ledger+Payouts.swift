import ComptoirCore
import Foundation
import GRDB

/// A payout as written, with the balance it left, for the payout slip.
public struct PayoutReceipt: Hashable, Sendable {
    public var payout: Payout
    public var seller: Seller
    public var balanceBefore: Money
    public var balanceAfter: Money
}

extension Ledger {
    /// What the shop owes the seller now: the shares of their items sold (less refunds),
    /// less the rent deducted from the sales, less the payouts, plus the debt the seller
    /// paid back at the till.
    public func sellerBalance(seller id: Int64) throws -> Money {
        try read { db in try Self.sellerBalance(db, seller: id, before: nil) }
    }

    /// Pays the seller back, by a responsable: in cash from this till's drawer (a drawer
    /// movement of the session, which the closing counts) or by transfer to the IBAN on
    /// file. Never more than the balance.
    public func payOut(
        seller id: Int64, amount: Money, method: Payout.Method, authorizedBy: Int64,
        till: String, operatorId: Int64, sessionId: Int64?
    ) throws -> PayoutReceipt {
        guard amount.cents > 0 else { throw LedgerError.refused("Montant : tapez un montant à reverser, par exemple 12,50.") }
        return try write { db in
            try self.checkActor(db, authorizedBy)
            guard let seller = try Self.seller(db, id: id) else { throw Self.unknownSeller(id) }
            let balance = try Self.sellerBalance(db, seller: id, before: nil)
            guard amount <= balance else {
                throw LedgerError.refused(balance.cents <= 0
                    ? "\(seller.fullName) n'a rien à recevoir (solde \(balance.formatted)) : rien à reverser."
                    : "\(seller.fullName) ne peut recevoir que \(balance.formatted) (son solde) : \(amount.formatted), c'est trop.")
            }
            var session: Int64?
            switch method {
            case .cash:
                guard let sessionId else {
                    throw LedgerError.refused("La caisse \(till) n'est pas ouverte : un reversement en espèces sort du tiroir d'une caisse ouverte.")
                }
                try self.checkSaleContext(db, till: till, operatorId: operatorId, sessionId: sessionId)
                session = sessionId
            case .transfer:
                guard seller.iban != nil else {
                    throw LedgerError.refused("\(seller.fullName) n'a pas d'IBAN : ajoutez-le à sa fiche (RIB) ou payez en espèces.")
                }
            }
            let payoutId = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM payouts") ?? 1
            // A transfer keeps the IBAN it went to; the journal vouches for it by its digest.
            let iban = method == .transfer ? seller.iban : nil
            let stamp = try self.journal(db, .payoutMade, till: till, operatorId: operatorId, PayoutPayload(
                payout: payoutId, seller: id, amountCents: amount.cents, method: method.rawValue, session: session,
                authorizedBy: authorizedBy, iban: try KeyedDigest.load(db).iban(iban)))
            try db.execute(sql: """
                INSERT INTO payouts (id, seller_id, amount_cents, method, session_id, till, authorized_by, journal_seq, at, iban)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [payoutId, id, amount.cents, method.rawValue, session, till, authorizedBy, stamp.seq, stamp.at,
                                 iban])
            if let session {
                try db.execute(sql: """
                    INSERT INTO cash_movements (session_id, kind, amount_cents, journal_seq, at) VALUES (?, 'payout', ?, ?, ?)
                    """, arguments: [session, -amount.cents, stamp.seq, stamp.at])
            }
            let name = try UserRecord.fetchOne(db, key: authorizedBy)?.firstName ?? ""
            return PayoutReceipt(
                payout: Payout(id: payoutId, sellerId: id, amount: amount, method: method, at: stamp.date, till: till,
                               authorizedBy: name, iban: iban),
                seller: seller, balanceBefore: balance, balanceAfter: balance - amount)
        }
    }

    /// The seller's payouts, latest first.
    public func payouts(seller id: Int64) throws -> [Payout] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.*, u.first_name FROM payouts p JOIN users u ON u.id = p.authorized_by
                WHERE p.seller_id = ? ORDER BY p.id DESC
                """, arguments: [id]).map(Self.payout)
        }
    }

    static func payout(_ row: Row) -> Payout {
        Payout(id: row["id"], sellerId: row["seller_id"], amount: Money(cents: row["amount_cents"]),
               method: Payout.Method(rawValue: row["method"]) ?? .cash,
               at: Timestamp.date(row["at"] as String) ?? Date(timeIntervalSince1970: 0), till: row["till"],
               authorizedBy: row["first_name"], iban: row["iban"])
    }

    /// The balance from everything strictly before `before` (UTC timestamp), or all of it.
    static func sellerBalance(_ db: Database, seller id: Int64, before: String?) throws -> Money {
        let limit = before ?? "9999"
        let shares = try Int64.fetchOne(db, sql: """
            SELECT COALESCE(SUM(l.amount_cents - COALESCE(l.commission_cents, 0)), 0)
            FROM rentals r JOIN ticket_lines l ON l.rental_id = r.id JOIN tickets t ON t.id = l.ticket_id
            WHERE r.seller_id = ?1 AND l.activity = 'vide_greniers' AND t.at < ?2
            """, arguments: [id, limit]) ?? 0
        let rent = try Int64.fetchOne(db, sql: """
            SELECT COALESCE((SELECT SUM(rent_cents) FROM rentals WHERE seller_id = ?1 AND rent_payment = 'deduit' AND at < ?2), 0)
                 + COALESCE((SELECT SUM(c.rent_cents) FROM rental_changes c JOIN rentals r ON r.id = c.rental_id
                             WHERE r.seller_id = ?1 AND r.rent_payment = 'deduit' AND c.at < ?2), 0)
            """, arguments: [id, limit]) ?? 0
        let paid = try Int64.fetchOne(db, sql: """
            SELECT COALESCE(SUM(amount_cents), 0) FROM payouts WHERE seller_id = ?1 AND at < ?2
            """, arguments: [id, limit]) ?? 0
        let debtPaid = try Int64.fetchOne(db, sql: """
            SELECT COALESCE(SUM(l.amount_cents), 0)
            FROM rentals r JOIN ticket_lines l ON l.rental_id = r.id JOIN tickets t ON t.id = l.ticket_id
            WHERE r.seller_id = ?1 AND l.activity = 'dette_deposant' AND t.at < ?2
            """, arguments: [id, limit]) ?? 0
        return Money(cents: shares - rent - paid + debtPaid)
    }
}
