import ComptoirCore
import Foundation
import GRDB

/// Credit notes ("avoirs") live in `payments`: a ticket issues one with a negative payment
/// of method `avoir`, and a later ticket spends it, once and in full, with a positive one
/// carrying the same code. A unique index refuses a second spending at any till.
extension Ledger {
    /// The credit note with that code (typed or scanned in any accepted form), or nil.
    public func creditNote(code: String) throws -> CreditNote? {
        guard let code = CreditNoteCode.parse(code) else { return nil }
        return try read { db in try Self.creditNote(db, code) }
    }

    static func creditNote(_ db: Database, _ code: String) throws -> CreditNote? {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT p.amount_cents, t.number FROM payments p JOIN tickets t ON t.id = p.ticket_id
            WHERE p.reference = ? AND p.method = 'avoir' ORDER BY p.id
            """), arguments: [code])
        guard let issue = rows.first(where: { ($0["amount_cents"] as Int64) < 0 }) else { return nil }
        let spent = rows.first(where: { ($0["amount_cents"] as Int64) > 0 }).map { $0["number"] as Int64 }
        return CreditNote(code: code, value: Money(cents: -(issue["amount_cents"] as Int64)),
                          issuedBy: issue["number"], spentBy: spent)
    }

    /// Checks the credit notes a ticket spends and gives the one it issues its code. A
    /// ticket issues at most one; a sale issues one only for the rest of a larger credit
    /// note it spends.
    func settleCreditNotes(_ db: Database, _ payload: inout TicketPayload) throws {
        let method = PaymentMethod.creditNote.rawValue
        var issued: Int64 = 0
        var spent: Int64 = 0
        var seen: Set<String> = []
        for i in payload.payments.indices where payload.payments[i].method == method {
            let payment = payload.payments[i]
            guard payment.changeCents == 0, payment.givenCents == payment.amountCents else {
                throw LedgerError.refused("Un avoir ne rend pas de monnaie : le reste d'un avoir devient un nouvel avoir.")
            }
            if payment.amountCents < 0 {
                guard issued == 0 else {
                    throw LedgerError.refused("Un ticket n'émet qu'un seul avoir : regroupez les montants en un avoir.")
                }
                issued = -payment.amountCents
                payload.payments[i].reference = CreditNoteCode.make(ticketNumber: payload.number)
                continue
            }
            guard payment.amountCents > 0 else {
                throw LedgerError.refused("Un avoir de 0 € ne paie rien : retirez ce paiement.")
            }
            guard let typed = payment.reference, let code = CreditNoteCode.parse(typed) else {
                throw LedgerError.refused("« \(payment.reference ?? "") » n'est pas un code d'avoir valable : vérifiez le code imprimé sur l'avoir (AV-…).")
            }
            guard seen.insert(code).inserted else {
                throw LedgerError.refused("L'avoir « \(code) » est deux fois sur ce ticket : un avoir ne sert qu'une fois.")
            }
            guard let note = try Self.creditNote(db, code) else {
                throw LedgerError.refused("L'avoir « \(code) » n'existe pas : vérifiez le code imprimé sur l'avoir.")
            }
            if let by = note.spentBy {
                throw LedgerError.refused("L'avoir « \(code) » a déjà servi (ticket n° \(by)) : un avoir ne sert qu'une fois.")
            }
            guard note.value.cents == payment.amountCents else {
                throw LedgerError.refused("L'avoir « \(code) » vaut \(note.value.formatted) : il s'utilise en entier, en une fois ; le reste devient un nouvel avoir.")
            }
            payload.payments[i].reference = code
            spent += payment.amountCents
        }
        if payload.kind == "sale", issued > 0, issued >= spent {
            throw LedgerError.refused("Une vente n'émet un avoir que pour le reste d'un avoir plus grand que le ticket.")
        }
    }

    /// The credit note a committed payload issued, for the till to announce.
    static func issuedCreditNote(_ payload: TicketPayload) -> CreditNote? {
        guard let issue = payload.payments.first(where: {
            $0.method == PaymentMethod.creditNote.rawValue && $0.amountCents < 0
        }), let code = issue.reference else { return nil }
        return CreditNote(code: code, value: Money(cents: -issue.amountCents), issuedBy: payload.number)
    }
}
