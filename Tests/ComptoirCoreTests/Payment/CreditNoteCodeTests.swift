import Testing
@testable import ComptoirCore

@Suite struct CreditNoteCodeTests {
    @Test func codesCarryALuhnCheckDigit() {
        // Luhn of 7992739871 is 3 (the textbook example).
        #expect(CreditNoteCode.luhn("7992739871") == 3)
        #expect(CreditNoteCode.make(ticketNumber: 42) == "AV-42-\(CreditNoteCode.luhn("42"))")
        #expect(CreditNoteCode.luhn("42") == 2)
    }

    @Test func typedFormsAreAccepted() {
        let code = CreditNoteCode.make(ticketNumber: 1_057)
        let digits = code.dropFirst(3).filter { $0 != "-" }
        #expect(CreditNoteCode.parse(code) == code)
        #expect(CreditNoteCode.parse("av" + digits) == code)
        #expect(CreditNoteCode.parse(" Av " + digits) == code)
    }

    @Test func wrongCodesAreRefused() {
        let code = CreditNoteCode.make(ticketNumber: 1_057)
        let last = code.last!.wholeNumberValue!
        let wrong = String(code.dropLast()) + String((last + 1) % 10)
        #expect(CreditNoteCode.parse(wrong) == nil, "wrong check digit")
        #expect(code == "AV-1057-9")
        #expect(CreditNoteCode.parse("AV-1075-9") == nil, "two swapped digits")
        for text in ["", "AV", "AV-7", "BON-42", "AV-04-2", "AV-4x-2", "AV-٤٢-2"] {
            #expect(CreditNoteCode.parse(text) == nil, "\(text)")
        }
    }
}
