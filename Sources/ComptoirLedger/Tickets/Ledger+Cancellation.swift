import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// Cancels a ticket of the current session by a counter-entry: a new ticket of kind
    /// "cancellation" with every line and payment of the original negated, naming the
    /// original, the reason and the responsable who allowed it. Nothing is edited; the
    /// money goes back the way it came (cash back from the drawer, card refund…). Credit
    /// notes cannot be handed back as they were (each is spent once): the credit notes the
    /// original spent come back as one new credit note, and the one it issued is spent.
    public func cancelTicket(
        number: Int64, reason: String, authorizedBy: Int64, till: String, operatorId: Int64, sessionId: Int64
    ) throws -> CommittedTicket {
        let why = try Self.counterEntryReason(reason, "de l'annulation")
        return try write { db in
            try self.checkActor(db, authorizedBy)
            try self.checkSaleContext(db, till: till, operatorId: operatorId, sessionId: sessionId)
            let original = try Self.originalSale(db, number: number)
            guard original.sessionId == sessionId else {
                throw LedgerError.refused("Le ticket n° \(number) n'est pas de la session en cours de cette caisse : faites un remboursement (Alt+M).")
            }
            if let refund = try Int64.fetchOne(db, sql: """
                SELECT number FROM tickets WHERE original_ticket_id = ? AND kind = 'refund' ORDER BY number LIMIT 1
                """, arguments: [original.id]) {
                throw LedgerError.refused("Le ticket n° \(number) a déjà un remboursement (ticket n° \(refund)) : remboursez les articles qui restent (Alt+M).")
            }
            let lines = try Row.fetchAll(db, sql: """
                SELECT code, label, activity, unit_price_cents, quantity, amount_cents, market_unit_cents, weight_grams,
                       rental_id, item_id, commission_cents
                FROM ticket_lines
                WHERE ticket_id = ? ORDER BY position
                """, arguments: [original.id]).map { row in
                TicketPayload.Line(activity: row["activity"], amountCents: -(row["amount_cents"] as Int64), code: row["code"],
                                   commissionCents: (row["commission_cents"] as Int64?).map { -$0 }, item: row["item_id"],
                                   label: row["label"], marketUnitCents: row["market_unit_cents"],
                                   quantity: -(row["quantity"] as Int64), rental: row["rental_id"],
                                   unitPriceCents: row["unit_price_cents"], weightGrams: row["weight_grams"])
            }
            // What stayed in the drawer (amount) goes back; change was never kept.
            var payments: [TicketPayload.PaymentEntry] = []
            var creditBack: Int64 = 0
            for row in try Row.fetchAll(db, sql: """
                SELECT method, amount_cents, reference FROM payments WHERE ticket_id = ? ORDER BY position
                """, arguments: [original.id]) {
                let amount: Int64 = row["amount_cents"]
                let method: String = row["method"]
                let reference: String? = row["reference"]
                if method == PaymentMethod.creditNote.rawValue, amount > 0 {
                    creditBack += amount
                    continue
                }
                if method == PaymentMethod.creditNote.rawValue, let code = reference,
                   let issued = try Self.creditNote(db, code), let by = issued.spentBy {
                    throw LedgerError.refused("L'avoir « \(code) » émis par le ticket n° \(number) a déjà servi (ticket n° \(by)) : l'annulation n'est pas possible ; remboursez les articles (Alt+M).")
                }
                payments.append(.init(amountCents: -amount, changeCents: 0, givenCents: -amount, method: method,
                                      reference: reference))
            }
            if creditBack > 0 {
                payments.append(.init(amountCents: -creditBack, changeCents: 0, givenCents: -creditBack,
                                      method: PaymentMethod.creditNote.rawValue, reference: nil))
            }
            return try self.insertCounterEntry(
                db, kind: "cancellation", original: original, lines: lines, payments: payments, reason: why,
                authorizedBy: authorizedBy, till: till, operatorId: operatorId, sessionId: sessionId)
        }
    }

    /// The reason of a counter-entry, trimmed; refused when empty.
    static func counterEntryReason(_ reason: String, _ what: String) throws -> String {
        let why = reason.trimmingCharacters(in: .whitespaces)
        guard !why.isEmpty else {
            throw LedgerError.refused("Donnez la raison \(what) (par exemple : erreur de saisie).")
        }
        if let problem = JournaledReason.problem(why) { throw LedgerError.refused(problem) }
        return why
    }

    struct OriginalSale {
        var id: Int64, number: Int64, sessionId: Int64, at: String, household: Int64?, householdPersons: Int64?
    }

    /// The sale a counter-entry corrects: it exists, is a sale and is not cancelled.
    static func originalSale(_ db: Database, number: Int64) throws -> OriginalSale {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, kind, session_id, at, household, household_persons FROM tickets WHERE number = ?",
                                         arguments: [number]) else {
            throw LedgerError.refused("Il n'y a pas de ticket n° \(number) : vérifiez le numéro.")
        }
        switch row["kind"] as String {
        case "sale": break
        case "refund":
            throw LedgerError.refused("Le ticket n° \(number) est un remboursement : il ne s'annule ni ne se rembourse.")
        default:
            throw LedgerError.refused("Le ticket n° \(number) est déjà une annulation : il ne s'annule pas.")
        }
        let id: Int64 = row["id"]
        if let done = try Int64.fetchOne(db, sql: """
            SELECT number FROM tickets WHERE original_ticket_id = ? AND kind = 'cancellation'
            """, arguments: [id]) {
            throw LedgerError.refused("Le ticket n° \(number) est déjà annulé (ticket n° \(done)).")
        }
        return OriginalSale(id: id, number: number, sessionId: row["session_id"], at: row["at"], household: row["household"],
                            householdPersons: row["household_persons"])
    }

    /// Writes a counter-entry ticket naming `original`, with the next number.
    func insertCounterEntry(
        _ db: Database, kind: String, original: OriginalSale, lines: [TicketPayload.Line],
        payments: [TicketPayload.PaymentEntry], reason: String, authorizedBy: Int64,
        till: String, operatorId: Int64, sessionId: Int64, issueCode: CreditNoteCodeSource = Ledger.randomCreditNoteCode
    ) throws -> CommittedTicket {
        let total = lines.reduce(Int64(0)) { $0 + $1.amountCents }
        let next = try Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(number), 0) + 1 FROM tickets")) ?? 1
        let payload = TicketPayload(
            authorizedBy: authorizedBy, household: original.household, householdPersons: original.householdPersons, kind: kind, lines: lines, number: next, operatorId: operatorId,
            original: original.number, payments: payments, reason: reason, session: sessionId, till: till, totalCents: total)
        let (stamp, written) = try insertTicket(db, payload, originalId: original.id, issueCode: issueCode)
        let cash = written.payments.filter { $0.method == PaymentMethod.cash.rawValue }.reduce(Int64(0)) { $0 + $1.amountCents }
        return CommittedTicket(number: next, total: Money(cents: total), change: .zero, at: stamp.date,
                               journalSeq: stamp.seq, creditNote: Self.issuedCreditNote(written), cashBack: Money(cents: -cash))
    }
}
