import ComptoirCore

/// What `verify` remembers of vouchers (and any other method with a reference but credit
/// notes, which `CreditNoteBook` follows) while it walks the tickets: a reference pays once
/// at a time. Its net use is 0 or 1 at every point of the journal: a sale takes it, and
/// only the cancellation of that very sale, for the same amount, gives it back.
struct VoucherBook {
    /// The sale using each reference, and for how much, keyed by method and reference.
    private var inUse: [String: (ticket: Int64, amount: Int64)] = [:]

    /// nil when the ticket's voucher payments follow the rule.
    mutating func record(ticketNumber: Int64, kind: String, original: Int64?, payments: [VerifyRows.Payment]) -> String? {
        for payment in payments where payment.method != PaymentMethod.creditNote.rawValue {
            guard let reference = payment.reference, payment.amountCents != 0 else { continue }
            let key = payment.method + "\u{0}" + reference
            if payment.amountCents > 0 {
                if let use = inUse[key] {
                    return "le ticket n° \(ticketNumber) utilise le bon « \(reference) », qui avait déjà servi (ticket n° \(use.ticket)) sans être annulé"
                }
                inUse[key] = (ticketNumber, payment.amountCents)
            } else {
                guard kind == "cancellation", let use = inUse[key], use.ticket == original, use.amount == -payment.amountCents else {
                    return "le ticket n° \(ticketNumber) rend le bon « \(reference) », que la vente qu'il annule n'avait pas utilisé pour ce montant"
                }
                inUse[key] = nil
            }
        }
        return nil
    }
}
