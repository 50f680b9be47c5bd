import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// Cancels a ticket of the current session by a counter-entry: a new ticket of kind
    /// "cancellation" with every line and payment of the original negated, naming the
    /// original, the reason and the responsable who allowed it. Nothing is edited; the
    /// money goes back the way it came (cash back from the drawer, card refund…).
    public func cancelTicket(
        number: Int64, reason: String, authorizedBy: Int64, till: String, operatorId: Int64, sessionId: Int64
    ) throws -> CommittedTicket {
        let why = reason.trimmingCharacters(in: .whitespaces)
        guard !why.isEmpty else {
            throw LedgerError.refused("Donnez la raison de l'annulation (par exemple : erreur de saisie).")
        }
        return try write { db in
            try self.checkActor(db, authorizedBy)
            try self.checkSaleContext(db, till: till, operatorId: operatorId, sessionId: sessionId)
            guard let original = try Row.fetchOne(db, sql: "SELECT id, kind, session_id FROM tickets WHERE number = ?",
                                                  arguments: [number]) else {
                throw LedgerError.refused("Il n'y a pas de ticket n° \(number) : vérifiez le numéro.")
            }
            let originalId: Int64 = original["id"]
            guard original["kind"] as String == "sale" else {
                throw LedgerError.refused("Le ticket n° \(number) est déjà une annulation : il ne s'annule pas.")
            }
            guard original["session_id"] as Int64 == sessionId else {
                throw LedgerError.refused("Le ticket n° \(number) n'est pas de la session en cours de cette caisse : faites un remboursement.")
            }
            if let done = try Int64.fetchOne(db, sql: """
                SELECT number FROM tickets WHERE original_ticket_id = ? AND kind = 'cancellation'
                """, arguments: [originalId]) {
                throw LedgerError.refused("Le ticket n° \(number) est déjà annulé (ticket n° \(done)).")
            }
            let lines = try Row.fetchAll(db, sql: """
                SELECT code, label, activity, unit_price_cents, quantity, amount_cents FROM ticket_lines
                WHERE ticket_id = ? ORDER BY position
                """, arguments: [originalId]).map { row in
                TicketPayload.Line(activity: row["activity"], amountCents: -(row["amount_cents"] as Int64), code: row["code"],
                                   label: row["label"], quantity: -(row["quantity"] as Int64), unitPriceCents: row["unit_price_cents"])
            }
            // What stayed in the drawer (amount) goes back; change was never kept.
            let payments = try Row.fetchAll(db, sql: """
                SELECT method, amount_cents, reference FROM payments WHERE ticket_id = ? ORDER BY position
                """, arguments: [originalId]).map { row in
                TicketPayload.PaymentEntry(amountCents: -(row["amount_cents"] as Int64), changeCents: 0,
                                           givenCents: -(row["amount_cents"] as Int64), method: row["method"],
                                           reference: row["reference"])
            }
            let total = lines.reduce(Int64(0)) { $0 + $1.amountCents }
            let next = try Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(number), 0) + 1 FROM tickets")) ?? 1
            let payload = TicketPayload(
                authorizedBy: authorizedBy, kind: "cancellation", lines: lines, number: next, operatorId: operatorId,
                original: number, payments: payments, reason: why, session: sessionId, till: till, totalCents: total)
            let stamp = try self.insertTicket(db, payload, originalId: originalId)
            return CommittedTicket(number: next, total: Money(cents: total), change: .zero, at: stamp.date, journalSeq: stamp.seq)
        }
    }
}
