import Testing
@testable import ComptoirCore

@Suite struct CategoryTests {
    static let vrac = Category(code: "VRAC", label: "Vrac", price: Money(cents: 300), unit: .kg)

    /// Price per kg × grams, rounded half-up to the cent, in integers only.
    @Test func aWeighedPriceIsRoundedHalfUpToTheCent() {
        #expect(Self.vrac.price(grams: 1_250) == Money(cents: 375))
        #expect(Self.vrac.price(grams: 1) == Money(cents: 0))      // 0,3 c
        #expect(Self.vrac.price(grams: 2) == Money(cents: 1))      // 0,6 c
        let euro = Category(code: "E", label: "E", price: Money(cents: 100), unit: .kg)
        #expect(euro.price(grams: 5) == Money(cents: 1))            // 0,5 c: half-up
        #expect(euro.price(grams: 4) == Money(cents: 0))            // 0,4 c
        let odd = Category(code: "O", label: "O", price: Money(cents: 299), unit: .kg)
        #expect(odd.price(grams: 333) == Money(cents: 100))         // 99,567 c
        #expect(odd.price(grams: 1_000_000) == Money(cents: 299_000))
        #expect(Self.vrac.priceText == "3,00 €/kg" && Category(code: "T", label: "T", price: Money(cents: 100)).priceText == "1,00 €")
    }

    @Test func aWeighingIsRefusedWhenItIsNotPlausible() {
        #expect(FriperieFlow(direction: .intake, family: .textile, grams: 0, origin: .particulier).problem?.hasPrefix("Le poids doit") == true)
        #expect(FriperieFlow(direction: .intake, family: .textile, grams: -5, origin: .particulier).problem != nil)
        #expect(FriperieFlow(direction: .intake, family: .textile, grams: 1_000_001, origin: .particulier).problem?
                .contains("n'est pas plausible") == true)
        #expect(FriperieFlow(direction: .intake, family: .textile, grams: 1_000_000, origin: .particulier).problem == nil)
        #expect(FriperieFlow(direction: .intake, family: .textile, grams: 500).problem == "Choisissez la provenance du don.")
        #expect(Grams.parseKilograms("-1,5") == nil && Grams.parseKilograms("1,2345") == nil && Grams.parseKilograms("1,25") == 1_250)
    }
}
