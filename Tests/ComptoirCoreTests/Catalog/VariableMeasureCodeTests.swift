import Testing
@testable import ComptoirCore

/// Variable-measure EAN-13 (GS1 prefixes 20–29): item and weight or price in the code.
@Suite struct VariableMeasureCodeTests {
    static let format = VariableMeasureFormat(weightPrefix: "21", pricePrefix: "22")

    @Test func checkDigitsFollowGS1() {
        // EAN-13 check digits of real GTIN-13s.
        #expect(VariableMeasureCode.ean13CheckDigit([9, 5, 0, 1, 1, 0, 1, 5, 3, 1, 0, 0][...]) == 0)
        #expect(VariableMeasureCode.ean13CheckDigit([6, 2, 9, 1, 0, 4, 1, 5, 0, 0, 2, 1][...]) == 3)
        // The price/weight verifier digits of the GS1 General Specifications' examples.
        #expect(VariableMeasureCode.measureCheckDigit([2, 8, 7, 5]) == 9)
        #expect(VariableMeasureCode.measureCheckDigit([1, 4, 6, 8, 5]) == 6)
    }

    @Test func aWeightCodeGivesItsItemAndGrams() {
        // 21 00123 01250 + check: 1,250 kg of item 00123.
        let code = "2100123012503"
        #expect(VariableMeasureCode.ean13CheckDigit(code.dropLast().map { Int(String($0))! }[...]) == 3)
        #expect(VariableMeasureCode.parse(code, Self.format) == .success(.weight(item: "00123", grams: 1_250)))
        #expect(VariableMeasureCode.make(item: "00123", grams: 1_250, Self.format) == code)
    }

    @Test func aPriceCodeGivesItsItemAndCents() throws {
        let code = try #require(VariableMeasureCode.make(item: "00042", price: Money(cents: 450), Self.format))
        #expect(code.hasPrefix("2200042"))
        #expect(VariableMeasureCode.parse(code, Self.format) == .success(.price(item: "00042", price: Money(cents: 450))))
    }

    @Test func wrongCheckDigitsAreRefusedInFrench() {
        guard case .failure(let problem)? = VariableMeasureCode.parse("2100123012504", Self.format) else {
            Issue.record("a wrong EAN check digit must be refused")
            return
        }
        #expect(problem.message.contains("la clé (le dernier chiffre) ne correspond pas"))
        // With a verifier digit before a 4-digit weight: 21 0012 V 1250 C.
        let checked = VariableMeasureFormat(weightPrefix: "21", itemDigits: 4, measureCheckDigit: true)
        let good = VariableMeasureCode.make(item: "0012", grams: 1_250, checked)!
        #expect(VariableMeasureCode.parse(good, checked) == .success(.weight(item: "0012", grams: 1_250)))
        // Another verifier digit, the EAN check digit recomputed: only the weight's key is wrong.
        var digits = Array(good.prefix(12)).map { Int(String($0))! }
        digits[6] = (digits[6] + 1) % 10
        let forged = digits.map(String.init).joined() + String(VariableMeasureCode.ean13CheckDigit(digits[...]))
        guard case .failure(let weightProblem)? = VariableMeasureCode.parse(forged, checked) else {
            Issue.record("a wrong verifier digit must be refused")
            return
        }
        #expect(weightProblem.message.contains("la clé du poids"))
    }

    @Test func otherCodesAreNotVariableMeasure() {
        #expect(VariableMeasureCode.parse("3560070005109", Self.format) == nil, "an ordinary EAN-13")
        #expect(VariableMeasureCode.parse("2300123012501", Self.format) == nil, "a prefix not configured")
        #expect(VariableMeasureCode.parse("210012301250", Self.format) == nil, "12 digits")
        #expect(VariableMeasureCode.parse("2100123012503", VariableMeasureFormat()) == nil, "no prefix set")
    }

    @Test func aFormatThatCannotWorkSaysWhy() {
        #expect(VariableMeasureFormat(weightPrefix: "31").problem != nil)
        #expect(VariableMeasureFormat(weightPrefix: "21", pricePrefix: "21").problem != nil)
        #expect(VariableMeasureFormat(weightPrefix: "21", itemDigits: 7).problem != nil)
        #expect(Self.format.problem == nil && Self.format.measureDigits == 5)
    }
}
