import ComptoirCore
import ComptoirLedger
import ComptoirUI

/// The payment screen's question: is this a credit note, and what is it worth.
extension EffectPerformer {
    func perform(_ effect: PaymentEffect) throws -> [Msg] {
        switch effect {
        case .lookUpCreditNote(let code):
            let note = try ledger.creditNote(code: code)
            if note == nil {
                // Someone may be guessing: the log keeps each code the till did not recognise.
                logger.notice("code d'avoir non reconnu", metadata: ["caisse": "\(till)", "code": "\(code.prefix(30).debugDescription)"])
            }
            return [.payment(.creditNoteChecked(code: code, note: note))]
        }
    }
}
