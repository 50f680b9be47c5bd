import Testing
@testable import ComptoirCore

@Suite struct CreditNoteCodeTests {
    /// A generator that replays fixed words, to pin a code down.
    struct Replay: RandomNumberGenerator {
        var words: [UInt64]
        mutating func next() -> UInt64 { words.removeFirst() }
    }

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
        #expect(!CreditNoteCode.isRandom(code))
    }

    @Test func wrongCodesAreRefused() {
        let code = CreditNoteCode.make(ticketNumber: 1_057)
        let last = code.last!.wholeNumberValue!
        let wrong = String(code.dropLast()) + String((last + 1) % 10)
        #expect(CreditNoteCode.parse(wrong) == nil, "wrong check digit")
        #expect(code == "AV-1057-9")
        #expect(CreditNoteCode.parse("AV-1075-9") == nil, "two swapped digits")
        for text in ["", "AV", "AV-7", "BON-42", "AV-04-2", "AV-4x-2", "AV-٤٢-2", "AV-7KQ2-M9XD", "AV-7KQ2-M9XD-RR", "AV-7KQ2-M9XU-R"] {
            #expect(CreditNoteCode.parse(text) == nil, "\(text)")
        }
    }

    @Test func aRandomCodeHasFortyBitsAndACheckSymbol() {
        // 40 bits: the generator's word is cut to its low 40 bits, 5 per symbol.
        var zero = Replay(words: [0])
        #expect(CreditNoteCode.random(using: &zero) == "AV-0000-0000-0")
        var ones = Replay(words: [(1 << 40) - 1])
        let top = CreditNoteCode.random(using: &ones)
        #expect(top.hasPrefix("AV-ZZZZ-ZZZZ-"))
        // Z is 31: four doubled (62 → 1 + 30) and four plain, 4 × 31 + 4 × 31 = 248; 256 − 248 = 8.
        #expect(top == "AV-ZZZZ-ZZZZ-8")
        #expect(CreditNoteCode.parse(top) == top && CreditNoteCode.isRandom(top))
    }

    @Test func systemCodesDifferAndReadBack() {
        var seen: Set<String> = []
        for _ in 0 ..< 200 {
            let code = CreditNoteCode.random()
            #expect(code.count == 14 && code.hasPrefix("AV-"))
            #expect(code.allSatisfy { "0123456789ABCDEFGHJKMNPQRSTVWXYZ-".contains($0) } && code.dropFirst(3).count == 11)
            #expect(CreditNoteCode.parse(code) == code)
            #expect(CreditNoteCode.parse(CreditNoteCode.barcode(code)) == code, "the barcode reads back")
            #expect(CreditNoteCode.parse(code.lowercased().replacingOccurrences(of: "-", with: " ")) == code)
            seen.insert(code)
        }
        #expect(seen.count == 200)
    }

    @Test func ambiguousLettersReadAsDigits() throws {
        var generator = Replay(words: [0])
        let code = CreditNoteCode.random(using: &generator)
        #expect(CreditNoteCode.parse("avoooo-OOOO-o") == code)
        var other = Replay(words: [0b00001_00001_00001_00001_00001_00001_00001_00001])
        let ones = CreditNoteCode.random(using: &other)
        #expect(ones.hasPrefix("AV-1111-1111-"))
        #expect(CreditNoteCode.parse("AV-IlI1-LiL1-" + String(ones.last!)) == ones)
    }

    @Test func aMistypedCodeOfDigitsIsNotReadAsAnOlderOne() {
        // `AV-90795045-5` is a right older code by its Luhn digit, but has a random code's length.
        #expect(Luhn.checkDigit("90795045") == 5)
        #expect(CreditNoteCode.parse("AV-9079-5045-5") == nil)
        #expect(CreditNoteCode.parse("AV-90795045-5") == nil)
        #expect(CreditNoteCode.parse("AV-9079504-\(Luhn.checkDigit("9079504"))") == "AV-9079504-\(Luhn.checkDigit("9079504"))")
    }

    @Test func everySingleChangeOfTheRandomPartIsCaught() throws {
        let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        for _ in 0 ..< 20 {
            let code = Array(CreditNoteCode.random())
            for position in [3, 4, 5, 6, 8, 9, 10, 11, 13] {
                for symbol in alphabet where symbol != code[position] {
                    var changed = code
                    changed[position] = symbol
                    #expect(CreditNoteCode.parse(String(changed)) == nil, "\(String(changed))")
                }
            }
            // Two neighbours swapped: Luhn mod 32 misses only the pair 0/Z.
            var swapped = code
            swapped.swapAt(3, 4)
            if code[3] != code[4], Set([code[3], code[4]]) != Set(["0", "Z"]) {
                #expect(CreditNoteCode.parse(String(swapped)) == nil, "\(String(swapped))")
            }
        }
    }
}
