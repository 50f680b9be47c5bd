// Covers PaymentEffect: lookUpCreditNote (a credit note a refund issued; an unknown code
// answers nil, which is this effect's refusal: it has no failure of its own).
import Foundation
import Testing
import ComptoirCore
import ComptoirLedger
import ComptoirUI
@testable import ComptoirRuntime

@Suite struct PaymentPerformerTests {
    @Test func aCreditNoteIsFoundWithItsValue() throws {
        let shop = try RuntimeShop()
        let number = try #require(shop.sell())
        let refund = RefundRequest(number: number, items: [.init(position: 1, quantity: 1)], method: .creditNote, amount: Money(cents: 250))
        guard case .sale(.counterEntryCommitted(let entry))? = shop.perform(.sale(.refund(refund, shop.approval()))).first,
              let code = entry.creditNote?.code else {
            Issue.record("no credit note"); return
        }
        let answers = shop.perform(.payment(.lookUpCreditNote(code)))
        guard answers.count == 1, case .payment(.creditNoteChecked(let checked, let note)) = answers[0] else { Issue.record("\(answers)"); return }
        #expect(checked == code)
        #expect(note?.value == Money(cents: 250))
        #expect(note?.isSpent == false)
    }

    @Test func anUnknownCodeIsNoCreditNote() throws {
        let shop = try RuntimeShop()
        #expect(shop.perform(.payment(.lookUpCreditNote("AV-INCONNU"))) == [.payment(.creditNoteChecked(code: "AV-INCONNU", note: nil))])
    }
}
