import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// Commits a paid ticket: the ticket, its lines, its payments and the
    /// `ticket.committed` journal entry in one transaction. The number is the shop's
    /// last + 1, taken under the write lock: gapless, and never shared by two tills.
    public func commitSale(_ draft: TicketDraft, till: String, operatorId: Int64, sessionId: Int64) throws -> CommittedTicket {
        let total = try Self.checkedTotal(draft)
        return try write { db in
            try self.insertSale(db, draft, total: total, till: till, operatorId: operatorId, sessionId: sessionId)
        }
    }

    /// `commitSale` inside the caller's transaction; `total` comes from `checkedTotal`.
    func insertSale(
        _ db: Database, _ draft: TicketDraft, total: Money, till: String, operatorId: Int64, sessionId: Int64
    ) throws -> CommittedTicket {
        try checkSaleContext(db, till: till, operatorId: operatorId, sessionId: sessionId)
        // A household is an épicerie matter: a ticket without épicerie lines is no visit.
        var draft = draft
        if !draft.lines.contains(where: { $0.activity == .epicerie }) { draft.household = nil }
        try checkEpicerie(db, draft)
        try checkVouchers(db, draft.payments)
        try registerHandwrittenItems(db, &draft, operatorId: operatorId, till: till)
        let commissions = try consignmentSplits(db, draft.lines)
        let number = try Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(number), 0) + 1 FROM tickets")) ?? 1
        var payload = TicketPayload(
            authorizedBy: draft.override?.managerId, household: draft.household, kind: "sale",
            lines: zip(draft.lines, commissions).map { line, commission in
                .init(activity: line.activity.rawValue, amountCents: line.amount.cents, code: line.code,
                      commissionCents: commission, item: line.itemId,
                      label: line.label, marketUnitCents: line.marketUnitPrice?.cents, quantity: Int64(line.quantity),
                      rental: line.rentalId, unitPriceCents: line.unitPrice.cents, weightGrams: line.weightGrams.map(Int64.init))
            },
            number: number, operatorId: operatorId, original: nil,
            payments: draft.payments.map {
                .init(amountCents: $0.amount.cents, changeCents: $0.change.cents,
                      givenCents: $0.given.cents, method: $0.method.rawValue,
                      reference: $0.reference?.trimmingCharacters(in: .whitespaces))
            },
            reason: draft.override.map { $0.reason.trimmingCharacters(in: .whitespaces) },
            session: sessionId, till: till, totalCents: total.cents)
        if let household = draft.household {
            payload.householdPersons = try Int64.fetchOne(db.cachedStatement(
                sql: "SELECT adults + children FROM households WHERE number = ?"), arguments: [household])
        }
        var marked = payload
        try markNegativeStock(db, &marked)
        try checkNegativeStockAccepted(db, marked, accepted: draft.stockAccepted)
        let (stamp, written) = try insertTicket(db, payload, originalId: nil)
        if let household = draft.household {
            // The two-year purge counts from the last visit.
            try db.cachedStatement(sql: "UPDATE households SET last_contact = ? WHERE number = ?")
                .execute(arguments: [stamp.at, household])
        }
        return CommittedTicket(number: number, total: total, change: draft.change, at: stamp.date, journalSeq: stamp.seq,
                               creditNote: Self.issuedCreditNote(written))
    }

    /// Writes a ticket exactly as its payload says, with its journal entry: a sale, or a
    /// counter-entry that names its original (`originalId`), reason and responsable.
    /// Credit notes are checked and coded first; the payload as written comes back.
    func insertTicket(
        _ db: Database, _ payload: TicketPayload, originalId: Int64?, issueCode: CreditNoteCodeSource = Ledger.randomCreditNoteCode
    ) throws -> (JournalStamp, TicketPayload) {
        var payload = payload
        try settleCreditNotes(db, &payload, issueCode: issueCode)
        try markNegativeStock(db, &payload)
        let stamp = try journal(db, .ticketCommitted, till: payload.till, operatorId: payload.operatorId, payload)
        try db.cachedStatement(sql: """
            INSERT INTO tickets (number, kind, original_ticket_id, reason, authorized_by, session_id, till,
                                 operator_id, at, total_cents, journal_seq, household, household_persons)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [payload.number, payload.kind, originalId, payload.reason, payload.authorizedBy,
                                     payload.session, payload.till, payload.operatorId, stamp.at, payload.totalCents, stamp.seq,
                                     payload.household, payload.householdPersons])
        let ticketId = db.lastInsertedRowID
        let lineInsert = try db.cachedStatement(sql: """
            INSERT INTO ticket_lines (ticket_id, position, code, label, activity, unit_price_cents, quantity, amount_cents,
                                      journal_seq, original_position, market_unit_cents, weight_grams,
                                      rental_id, item_id, commission_cents)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, line) in payload.lines.enumerated() {
            try lineInsert.execute(arguments: [
                ticketId, i + 1, line.code, line.label, line.activity, line.unitPriceCents,
                line.quantity, line.amountCents, stamp.seq, line.originalLine, line.marketUnitCents, line.weightGrams,
                line.rental, line.item, line.commissionCents,
            ])
        }
        try insertTicketStockMovements(db, payload, stamp: stamp)
        try insertTicketItemMovements(db, payload, stamp: stamp)
        let paymentInsert = try db.cachedStatement(sql: """
            INSERT INTO payments (ticket_id, position, method, amount_cents, given_cents, change_cents, journal_seq, reference)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, payment) in payload.payments.enumerated() {
            try paymentInsert.execute(arguments: [
                ticketId, i + 1, payment.method, payment.amountCents, payment.givenCents,
                payment.changeCents, stamp.seq, payment.reference,
            ])
        }
        return (stamp, payload)
    }

    /// The ticket with that number, for a receipt or a reprint.
    public func ticket(number: Int64) throws -> StoredTicket? {
        try read { db in
            guard let t = try Row.fetchOne(db, sql: """
                SELECT t.id, t.number, t.kind, o.number AS original_number, t.session_id, t.till, t.household,
                       t.operator_id, u.first_name, t.at, t.total_cents, t.journal_seq
                FROM tickets t
                JOIN users u ON u.id = t.operator_id
                LEFT JOIN tickets o ON o.id = t.original_ticket_id
                WHERE t.number = ?
                """, arguments: [number]) else { return nil }
            let ticketId: Int64 = t["id"]
            let lines = try Row.fetchAll(db, sql: """
                SELECT code, label, activity, unit_price_cents, quantity, market_unit_cents, weight_grams, rental_id, item_id
                FROM ticket_lines WHERE ticket_id = ? ORDER BY position
                """, arguments: [ticketId]).map { row -> CartLine in
                guard let activity = Activity(rawValue: row["activity"]) else {
                    throw LedgerError.storage("activité inconnue sur le ticket n° \(number)")
                }
                return CartLine(code: row["code"], label: row["label"], activity: activity,
                                unitPrice: Money(cents: row["unit_price_cents"]), quantity: row["quantity"],
                                marketUnitPrice: (row["market_unit_cents"] as Int64?).map { Money(cents: $0) },
                                weightGrams: row["weight_grams"], rentalId: row["rental_id"], itemId: row["item_id"])
            }
            let payments = try Row.fetchAll(db, sql: """
                SELECT method, amount_cents, given_cents, change_cents, reference FROM payments
                WHERE ticket_id = ? ORDER BY position
                """, arguments: [ticketId]).map { row -> Payment in
                guard let method = PaymentMethod(rawValue: row["method"]) else {
                    throw LedgerError.storage("moyen de paiement inconnu sur le ticket n° \(number)")
                }
                return Payment(method: method, amount: Money(cents: row["amount_cents"]),
                               given: Money(cents: row["given_cents"]), change: Money(cents: row["change_cents"]),
                               reference: row["reference"])
            }
            return StoredTicket(
                number: t["number"], kind: t["kind"], originalNumber: t["original_number"],
                sessionId: t["session_id"], till: t["till"], operatorId: t["operator_id"],
                operatorName: t["first_name"], at: Timestamp.date(t["at"]) ?? Date(timeIntervalSince1970: 0),
                lines: lines, payments: payments, total: Money(cents: t["total_cents"]), journalSeq: t["journal_seq"],
                household: t["household"])
        }
    }

    /// Number of tickets. Numbers are gapless from 1 (checked by `verify`), so this is
    /// the highest one: an index lookup instead of counting a million rows.
    public func ticketCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(number), 0) FROM tickets") ?? 0 }
    }

    // MARK: - Checks

    /// The draft's total, or the French reason it cannot be committed.
    static func checkedTotal(_ draft: TicketDraft) throws -> Money {
        guard !draft.lines.isEmpty else {
            throw LedgerError.refused("Le ticket est vide : ajoutez au moins un article avant d'encaisser.")
        }
        var total: Int64 = 0
        for (i, line) in draft.lines.enumerated() {
            let name = "La ligne \(i + 1) (« \(line.label) »)"
            guard !line.label.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw LedgerError.refused("La ligne \(i + 1) n'a pas de libellé : retirez-la et ajoutez-la à nouveau.")
            }
            guard line.quantity >= 1 else {
                throw LedgerError.refused("\(name) a une quantité de \(line.quantity) : la quantité doit être d'au moins 1.")
            }
            guard !line.unitPrice.isNegative else {
                throw LedgerError.refused("\(name) a un prix négatif : corrigez le prix de la ligne.")
            }
            let (amount, o1) = line.unitPrice.cents.multipliedReportingOverflow(by: Int64(line.quantity))
            let (sum, o2) = total.addingReportingOverflow(amount)
            guard !o1, !o2 else { throw LedgerError.refused("\(name) est d'un montant trop grand : vérifiez la quantité et le prix.") }
            total = sum
        }
        var paid: Int64 = 0
        for (i, payment) in draft.payments.enumerated() {
            // A negative credit note is one this ticket issues (the rest of a larger one).
            guard !payment.amount.isNegative || payment.method == .creditNote, !payment.change.isNegative else {
                throw LedgerError.refused("Le paiement \(i + 1) (\(payment.method.label)) est négatif : corrigez le règlement.")
            }
            if payment.method == .voucher, (payment.reference ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                throw LedgerError.refused("Le paiement \(i + 1) (bon) n'a pas de référence : tapez le numéro du bon.")
            }
            guard payment.given == payment.amount + payment.change else {
                throw LedgerError.refused("Le paiement \(i + 1) (\(payment.method.label)) : le montant donné ne correspond pas au montant encaissé plus la monnaie rendue. Refaites le règlement.")
            }
            let (sum, overflow) = paid.addingReportingOverflow(payment.amount.cents)
            guard !overflow else { throw LedgerError.refused("Le règlement est d'un montant trop grand : refaites-le.") }
            paid = sum
        }
        guard paid == total else {
            throw LedgerError.refused("Les paiements (\(Money(cents: paid).formatted)) ne correspondent pas au total du ticket (\(Money(cents: total).formatted)) : corrigez le règlement.")
        }
        return Money(cents: total)
    }

    /// A voucher pays once: refused when this ticket names it twice, or when it is in use,
    /// that is when its payments add up above zero. The cancellation of the sale it paid
    /// gives its amount back under the same reference, and frees it.
    func checkVouchers(_ db: Database, _ payments: [Payment]) throws {
        var seen: Set<String> = []
        let use = try db.cachedStatement(sql: """
            SELECT COALESCE(SUM(p.amount_cents), 0) AS net, MAX(t.number) AS last
            FROM payments p JOIN tickets t ON t.id = p.ticket_id
            WHERE p.method = ? AND p.reference = ?
            """)
        for payment in payments where payment.method == .voucher {
            guard let reference = payment.reference?.trimmingCharacters(in: .whitespaces) else { continue }
            guard seen.insert(reference).inserted else {
                throw LedgerError.refused("Le bon « \(reference) » est deux fois sur ce ticket : un bon ne paie qu'une fois.")
            }
            if let row = try Row.fetchOne(use, arguments: [payment.method.rawValue, reference]), (row["net"] as Int64) > 0 {
                throw LedgerError.refused("Le bon « \(reference) » a déjà servi (ticket n° \(row["last"] as Int64)) : un bon ne paie qu'une fois.")
            }
        }
    }

    func checkSaleContext(_ db: Database, till: String, operatorId: Int64, sessionId: Int64) throws {
        guard let session = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT till, EXISTS (SELECT 1 FROM session_closings c WHERE c.session_id = s.id) AS closed
            FROM till_sessions s WHERE id = ?
            """), arguments: [sessionId]) else {
            throw LedgerError.refused("La caisse \(till) n'est pas ouverte : ouvrez-la (fond de caisse) avant d'encaisser.")
        }
        let sessionTill: String = session["till"]
        guard sessionTill == till else {
            throw LedgerError.refused("Cette session appartient à la caisse \(sessionTill), pas à la caisse \(till) : ouvrez la caisse \(till) avant d'encaisser.")
        }
        guard !(session["closed"] as Bool) else {
            throw LedgerError.refused("La caisse \(till) est clôturée : ouvrez une nouvelle session avant d'encaisser.")
        }
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM users WHERE id = ?)"),
                                arguments: [operatorId]) == true else {
            throw LedgerError.refused("Le compte qui encaisse n'existe pas : reconnectez-vous.")
        }
    }
}
