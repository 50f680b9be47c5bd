import ComptoirCore
import Testing

@Suite("Money shown the French way")
struct MoneyFormattingTests {
    @Test("formatted groups thousands with a space, a decimal comma and the euro sign", arguments: [
        (Int64(123_456), "1 234,56 €"),
        (0, "0,00 €"),
        (5, "0,05 €"),
        (50, "0,50 €"),
        (100, "1,00 €"),
        (99_999, "999,99 €"),
        (100_000, "1 000,00 €"),
        (100_000_000, "1 000 000,00 €"),
        (-250, "-2,50 €"),
        (-123_456, "-1 234,56 €"),
        (-5, "-0,05 €"),
    ])
    func formatted(cents: Int64, expected: String) {
        #expect(Money(cents: cents).formatted == expected)
    }

    @Test func plainHasNoCurrencySign() {
        #expect(Money(cents: 123_456).plain == "1 234,56")
        #expect(Money(cents: -100_000_000).plain == "-1 000 000,00")
        #expect(Money.zero.plain == "0,00")
    }

    @Test func descriptionIsTheFormattedAmount() {
        #expect("\(Money(cents: 350))" == "3,50 €")
    }

    @Test func eurosAndCentsInitialiser() {
        #expect(Money(euros: 12, cents: 34).cents == 1234)
        #expect(Money(euros: 3).cents == 300)
    }

    @Test func arithmetic() {
        var m = Money(cents: 1000)
        m += Money(cents: 250)
        #expect(m == Money(cents: 1250))
        m -= Money(cents: 1300)
        #expect(m == Money(cents: -50))
        #expect(m.isNegative)
        #expect(-m == Money(cents: 50))
        #expect(Money(cents: 199) * 3 == Money(cents: 597))
        #expect(Money(cents: 700) - Money(cents: 700) == .zero)
        #expect((Money(cents: 700) - Money(cents: 700)).isZero)
        #expect(Money(cents: 99) < Money(cents: 100))
    }
}
