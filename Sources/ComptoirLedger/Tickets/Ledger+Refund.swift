import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// An earlier sale with what each of its lines can still give back. Refused (with the
    /// reason) for a ticket that does not exist, is not a sale, or is cancelled.
    public func refundable(number: Int64) throws -> RefundableTicket {
        try read { db in
            let original = try Self.originalSale(db, number: number)
            let done = try Self.refundedQuantities(db, originalId: original.id)
            let lines = try Row.fetchAll(db, sql: """
                SELECT position, code, label, activity, unit_price_cents, quantity FROM ticket_lines
                WHERE ticket_id = ? ORDER BY position
                """, arguments: [original.id]).map { row -> RefundableTicket.Line in
                guard let activity = Activity(rawValue: row["activity"]) else {
                    throw LedgerError.storage("activité inconnue sur le ticket n° \(number)")
                }
                let position: Int = row["position"]
                let sold: Int = row["quantity"]
                let line = CartLine(code: row["code"], label: row["label"], activity: activity,
                                    unitPrice: Money(cents: row["unit_price_cents"]), quantity: sold)
                return .init(position: position, line: line, refundable: max(0, sold - (done[position] ?? 0)))
            }
            return RefundableTicket(number: number, at: Timestamp.date(original.at) ?? Date(timeIntervalSince1970: 0),
                                    lines: lines)
        }
    }

    /// Gives back items of an earlier sale (of any session) by a counter-entry of kind
    /// "refund": the lines given back with negative quantities, each naming the original
    /// line, paid back in cash or by a new credit note. Never more than what was sold.
    public func refund(
        _ request: RefundRequest, reason: String, authorizedBy: Int64, till: String, operatorId: Int64, sessionId: Int64
    ) throws -> CommittedTicket {
        try refund(request, reason: reason, authorizedBy: authorizedBy, till: till, operatorId: operatorId,
                   sessionId: sessionId, issueCode: Self.randomCreditNoteCode)
    }

    func refund(
        _ request: RefundRequest, reason: String, authorizedBy: Int64, till: String, operatorId: Int64, sessionId: Int64,
        issueCode: CreditNoteCodeSource
    ) throws -> CommittedTicket {
        let why = try Self.counterEntryReason(reason, "du remboursement")
        return try write { db in
            try self.checkActor(db, authorizedBy)
            try self.checkSaleContext(db, till: till, operatorId: operatorId, sessionId: sessionId)
            let original = try Self.originalSale(db, number: request.number)
            let done = try Self.refundedQuantities(db, originalId: original.id)
            var lines: [TicketPayload.Line] = []
            var seen: Set<Int> = []
            for item in request.items.sorted(by: { $0.position < $1.position }) where item.quantity != 0 {
                guard item.quantity > 0 else {
                    throw LedgerError.refused("Une quantité à rembourser est négative : corrigez-la.")
                }
                guard seen.insert(item.position).inserted, let row = try Row.fetchOne(db, sql: """
                    SELECT code, label, activity, unit_price_cents, quantity, market_unit_cents, weight_grams,
                           rental_id, item_id, commission_cents
                    FROM ticket_lines WHERE ticket_id = ? AND position = ?
                    """, arguments: [original.id, item.position]) else {
                    throw LedgerError.refused("La ligne \(item.position) n'est pas sur le ticket n° \(request.number) : recommencez le remboursement.")
                }
                let label: String = row["label"]
                let left = (row["quantity"] as Int) - (done[item.position] ?? 0)
                guard item.quantity <= left else {
                    throw LedgerError.refused(left <= 0
                        ? "« \(label) » (ligne \(item.position)) est déjà entièrement remboursé : rien à rendre."
                        : "« \(label) » (ligne \(item.position)) : \(item.quantity) à rembourser, mais il n'en reste que \(left) sur le ticket n° \(request.number).")
                }
                let unit: Int64 = row["unit_price_cents"]
                // A consigned line is one piece: its refund reverses its split exactly.
                lines.append(.init(activity: row["activity"], amountCents: -unit * Int64(item.quantity), code: row["code"],
                                   commissionCents: (row["commission_cents"] as Int64?).map { -$0 }, item: row["item_id"],
                                   label: label, marketUnitCents: row["market_unit_cents"],
                                   originalLine: Int64(item.position), quantity: -Int64(item.quantity),
                                   rental: row["rental_id"], unitPriceCents: unit, weightGrams: row["weight_grams"]))
            }
            guard !lines.isEmpty else {
                throw LedgerError.refused("Choisissez au moins un article à rembourser.")
            }
            let total = lines.reduce(Int64(0)) { $0 + $1.amountCents }
            guard -total == request.amount.cents else {
                throw LedgerError.refused("Le montant à rembourser a changé (\(Money(cents: -total).formatted)) : recommencez le remboursement.")
            }
            let method: PaymentMethod = request.method == .cash ? .cash : .creditNote
            let payment = TicketPayload.PaymentEntry(amountCents: total, changeCents: 0, givenCents: total,
                                                     method: method.rawValue, reference: nil)
            return try self.insertCounterEntry(
                db, kind: "refund", original: original, lines: lines, payments: [payment], reason: why,
                authorizedBy: authorizedBy, till: till, operatorId: operatorId, sessionId: sessionId, issueCode: issueCode)
        }
    }

    /// Quantities already given back, by position on the original ticket.
    static func refundedQuantities(_ db: Database, originalId: Int64) throws -> [Int: Int] {
        var done: [Int: Int] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT l.original_position AS position, -SUM(l.quantity) AS quantity
            FROM tickets t JOIN ticket_lines l ON l.ticket_id = t.id
            WHERE t.original_ticket_id = ? AND t.kind = 'refund' AND l.original_position IS NOT NULL
            GROUP BY l.original_position
            """, arguments: [originalId]) {
            done[row["position"]] = row["quantity"]
        }
        return done
    }
}
