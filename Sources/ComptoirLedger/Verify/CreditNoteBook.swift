import ComptoirCore

/// What `verify` remembers of credit notes while it walks the tickets: each one issued
/// under a code of its own, spent at most once, for exactly its value. Codes are random
/// (`AV-7KQ2-M9XD-R`); before them a note carried its ticket's number (`AV-42-7`), and
/// once a random code is issued no numbered one may follow.
struct CreditNoteBook {
    /// Value of each issued credit note, and whether it was spent.
    private var notes: [String: (value: Int64, spent: Bool)] = [:]
    /// True once a random code has been issued.
    private var randomCodes = false

    /// nil when the ticket's credit-note payments follow the rules.
    mutating func record(ticketNumber: Int64, payments: [VerifyRows.Payment]) -> String? {
        for payment in payments where payment.method == PaymentMethod.creditNote.rawValue {
            guard let code = payment.reference else {
                return "un avoir du ticket n° \(ticketNumber) n'a pas de code"
            }
            if payment.amountCents < 0 {
                let random = CreditNoteCode.isRandom(code)
                let numbered = !randomCodes && code == CreditNoteCode.make(ticketNumber: ticketNumber)
                guard random || numbered else {
                    return "l'avoir « \(code) » émis par le ticket n° \(ticketNumber) ne porte pas un code d'avoir valable"
                }
                guard notes[code] == nil else {
                    return "l'avoir « \(code) » émis par le ticket n° \(ticketNumber) porte le code d'un avoir déjà émis"
                }
                randomCodes = randomCodes || random
                notes[code] = (-payment.amountCents, false)
            } else {
                guard let note = notes[code] else {
                    return "le ticket n° \(ticketNumber) utilise l'avoir « \(code) », qui n'a jamais été émis"
                }
                guard !note.spent else {
                    return "le ticket n° \(ticketNumber) utilise l'avoir « \(code) », qui avait déjà servi"
                }
                guard note.value == payment.amountCents else {
                    return "le ticket n° \(ticketNumber) utilise l'avoir « \(code) » pour un autre montant que sa valeur"
                }
                notes[code] = (note.value, true)
            }
        }
        return nil
    }
}
