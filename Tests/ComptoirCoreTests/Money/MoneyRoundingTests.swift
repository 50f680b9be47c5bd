import ComptoirCore
import Testing

@Suite("Rounding half-up, in one place")
struct MoneyRoundingTests {
    @Test("25 % commission", arguments: [
        (Int64(1), Int64(0)),      // 0,25 cent
        (2, 1),                    // 0,5 cent: a tie goes up
        (6, 2),                    // 1,5 cents
        (99, 25),                  // 24,75 cents
        (199, 50),                 // 49,75 cents
        (1333, 333),               // 333,25 cents
        (1000, 250),
        (1, 0),
    ])
    func quarter(cents: Int64, expected: Int64) {
        #expect(Money(cents: cents).scaled(by: 25, over: 100) == Money(cents: expected))
    }

    @Test("price per kilogram times grams", arguments: [
        (Int64(300), Int64(1250), Int64(375)),   // 3,00 €/kg × 1,250 kg
        (299, 333, 100),                          // 99,567 cents
        (450, 500, 225),                          // 4,50 €/kg × 500 g
        (1, 500, 1),                              // 0,5 cent: up
        (1, 499, 0),
        (250, 1, 0),                              // 0,25 cent
    ])
    func perKilogram(pricePerKg: Int64, grams: Int64, expected: Int64) {
        #expect(Money(cents: pricePerKg).scaled(by: grams, over: 1000) == Money(cents: expected))
    }

    @Test func negativeAmountsRoundSymmetrically() {
        #expect(Money(cents: -2).scaled(by: 25, over: 100) == Money(cents: -1))
        #expect(Money(cents: -99).scaled(by: 25, over: 100) == Money(cents: -25))
        #expect(Money(cents: -1).scaled(by: 25, over: 100) == Money(cents: 0))
        #expect(Money(cents: 199).scaled(by: -25, over: 100) == Money(cents: -50))
    }

    @Test("divideHalfUp", arguments: [
        (Int64(5), Int64(2), Int64(3)),
        (-5, 2, -3),
        (5, -2, -3),
        (-5, -2, 3),
        (7, 2, 4),
        (4, 3, 1),      // 1,33
        (5, 3, 2),      // 1,67
        (-4, 3, -1),
        (-5, 3, -2),
        (0, 7, 0),
        (9_967, 100, 100),
        (14, 4, 4),     // 3,5
        (10, 4, 3),     // 2,5
        (9, 4, 2),      // 2,25
    ])
    func divideHalfUp(value: Int64, divisor: Int64, expected: Int64) {
        #expect(Money.divideHalfUp(value, by: divisor) == expected)
    }

    @Test func commissionAndShareAlwaysAddUp() {
        for cents in Int64(0)...2_000 {
            let price = Money(cents: cents)
            let commission = price.scaled(by: 25, over: 100)
            let share = price - commission
            #expect(commission + share == price)
            #expect(abs(commission.cents * 100 - cents * 25) <= 50)
        }
    }
}
