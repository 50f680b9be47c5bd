import ComptoirCore
import Testing

@Suite("EAN-13 codes")
struct EAN13Tests {
    @Test("real product codes are valid", arguments: [
        "3017620422003",   // Nutella 400 g
        "5449000000996",   // Coca-Cola 33 cl
        "3274080005003",   // Cristaline 1,5 l
        "4006381333931",   // Stabilo
        "0000000000000",
    ])
    func valid(code: String) {
        #expect(EAN13.isValid(code))
    }

    @Test func checkDigitOfTheFirstTwelve() {
        #expect(EAN13.checkDigit("301762042200") == 3)
        #expect(EAN13.checkDigit("544900000099") == 6)
        #expect(EAN13.checkDigit("327408000500") == 3)
        #expect(EAN13.checkDigit("400638133393") == 1)
    }

    @Test("a wrong check digit is refused", arguments: [
        "3017620422004", "3017620422000", "5449000000997", "3274080005001",
    ])
    func wrongCheckDigit(code: String) {
        #expect(!EAN13.isValid(code))
    }

    @Test("wrong lengths are refused", arguments: [
        "", "301762042200", "30176204220033", "96385074", "3017620422003 ",
    ])
    func wrongLength(code: String) {
        #expect(!EAN13.isValid(code))
    }

    @Test("letters are refused", arguments: ["301762042200A", "A017620422003", "30176204a2003", "3017620-22003"])
    func letters(code: String) {
        #expect(!EAN13.isValid(code))
    }

    @Test func checkDigitNeedsTwelveDigits() {
        #expect(EAN13.checkDigit("30176204220") == nil)
        #expect(EAN13.checkDigit("3017620422003") == nil)
        #expect(EAN13.checkDigit("30176204220X") == nil)
    }

    /// Full-width ("３") and Arabic-Indic ("٣") digits are not barcode digits.
    @Test func nonASCIIDigitsAreRefused() {
        #expect(!EAN13.isValid("３０１７６２０４２２００３"))
        #expect(!EAN13.isValid("٣٠١٧٦٢٠٤٢٢٠٠٣"))
        #expect(EAN13.checkDigit("３０１７６２０４２２００") == nil)
    }
}
