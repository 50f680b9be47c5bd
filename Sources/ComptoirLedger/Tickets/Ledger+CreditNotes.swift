import ComptoirCore
import Foundation
import GRDB

/// Credit notes ("avoirs") live in `payments`: a ticket issues one with a negative payment
/// of method `avoir`, and a later ticket spends it, once and in full, with a positive one
/// carrying the same code. A trigger refuses a second spending at any till. The code is
/// drawn at random when the issuing ticket is written (`CreditNoteCode`), so it cannot be
/// guessed; a typed code that is malformed, wrong or unknown gets one and the same answer.
extension Ledger {
    /// The one answer for a code that is malformed, has a wrong check symbol or names no
    /// credit note: nothing tells a guesser which.
    public static let unrecognizedCreditNote = "Code d'avoir non reconnu : vérifiez-le."

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
    func settleCreditNotes(_ db: Database, _ payload: inout TicketPayload, issueCode: CreditNoteCodeSource) throws {
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
                payload.payments[i].reference = try issueCode(db, payload.number)
                continue
            }
            guard payment.amountCents > 0 else {
                throw LedgerError.refused("Un avoir de 0 € ne paie rien : retirez ce paiement.")
            }
            guard let typed = payment.reference, let code = CreditNoteCode.parse(typed) else {
                throw LedgerError.refused(Self.unrecognizedCreditNote)
            }
            guard seen.insert(code).inserted else {
                throw LedgerError.refused("L'avoir « \(code) » est deux fois sur ce ticket : un avoir ne sert qu'une fois.")
            }
            guard let note = try Self.creditNote(db, code) else {
                throw LedgerError.refused(Self.unrecognizedCreditNote)
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

    /// Where the code of a credit note a ticket issues comes from, given the ticket's number:
    /// `randomCreditNoteCode`; tests may issue codes the way older versions did.
    typealias CreditNoteCodeSource = (Database, Int64) throws -> String
    static func randomCreditNoteCode(_ db: Database, _ ticketNumber: Int64) throws -> String {
        try freshCreditNoteCode(db)
    }

    /// A random code no credit note has yet; drawn again on the (rare) collision.
    static func freshCreditNoteCode(_ db: Database, draw: () -> String = { CreditNoteCode.random() }) throws -> String {
        let taken = try db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM payments WHERE reference = ? AND method = 'avoir')
            """)
        for _ in 0 ..< 16 {
            let code = draw()
            if try Bool.fetchOne(taken, arguments: [code]) != true { return code }
        }
        throw LedgerError.storage("aucun code d'avoir libre après 16 tirages : la source aléatoire du système est en panne")
    }

    /// The credit note a committed payload issued, for the till to announce.
    static func issuedCreditNote(_ payload: TicketPayload) -> CreditNote? {
        guard let issue = payload.payments.first(where: {
            $0.method == PaymentMethod.creditNote.rawValue && $0.amountCents < 0
        }), let code = issue.reference else { return nil }
        return CreditNote(code: code, value: Money(cents: -issue.amountCents), issuedBy: payload.number)
    }
}
