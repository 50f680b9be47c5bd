import Testing
@testable import ComptoirCore

@Suite("Weights in grams, typed and shown in kilograms")
struct GramsTests {
    @Test("Kilograms typed with a comma or a point become whole grams")
    func parse() {
        #expect(Grams.parseKilograms("2,5") == 2_500)
        #expect(Grams.parseKilograms("2.5") == 2_500)
        #expect(Grams.parseKilograms(" 0,350 kg ") == 350)
        #expect(Grams.parseKilograms("12") == 12_000)
        #expect(Grams.parseKilograms(",5") == 500)
        #expect(Grams.parseKilograms("1,2345") == nil)
        #expect(Grams.parseKilograms("-1") == nil)
        #expect(Grams.parseKilograms("deux") == nil)
        #expect(Grams.parseKilograms("") == nil)
    }

    @Test("Grams show as French kilograms with three decimals")
    func format() {
        #expect(Grams.kilograms(12_350) == "12,350 kg")
        #expect(Grams.kilograms(5) == "0,005 kg")
        #expect(Grams.kilograms(1_204_000) == "1 204,000 kg")
        #expect(Grams.kilograms(-500) == "-0,500 kg")
    }
}
