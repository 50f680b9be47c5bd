import ComptoirCore
import Testing

@Suite("Parsing a typed amount")
struct MoneyParserTests {
    @Test("accepted the French way or with a dot", arguments: [
        ("1 234,56", Int64(123_456)),
        ("1234,56", 123_456),
        ("2,5", 250),
        ("2,50", 250),
        ("2.50", 250),
        ("2", 200),
        ("3 €", 300),
        ("3€", 300),
        ("  12,30  ", 1230),
        ("0,05", 5),
        (",5", 50),
        ("1\u{00A0}234,56", 123_456),
        ("1\u{202F}234,56", 123_456),
        ("12,00\u{00A0}€", 1200),
        ("1 000 000", 100_000_000),
        ("0", 0),
    ])
    func accepted(input: String, cents: Int64) {
        #expect(Money.parse(input) == .success(Money(cents: cents)))
    }

    @Test func emptyIsRefused() {
        #expect(Money.parse("") == .failure(.empty))
        #expect(Money.parse("   ") == .failure(.empty))
        #expect(Money.parse("€") == .failure(.empty))
    }

    @Test("not a number", arguments: ["abc", "1,2,3", "12a", "1.2.3", ",", "2,5x", "1.234,56", "+3"])
    func notANumber(input: String) {
        #expect(Money.parse(input) == .failure(.notANumber(input)))
    }

    @Test func tooManyDecimals() {
        #expect(Money.parse("2,505") == .failure(.tooManyDecimals("2,505")))
        #expect(Money.parse("0.001") == .failure(.tooManyDecimals("0.001")))
    }

    @Test func negativeIsRefused() {
        #expect(Money.parse("-3") == .failure(.negative("-3")))
        #expect(Money.parse("-0,50 €") == .failure(.negative("-0,50 €")))
    }

    @Test func hugeIsRefused() {
        #expect(Money.parse("12345678901234567890") == .failure(.tooLarge("12345678901234567890")))
        #expect(Money.parse("1 000 000,01") == .failure(.tooLarge("1 000 000,01")))
        #expect(Money.parse("999999999") == .failure(.tooLarge("999999999")))
    }

    @Test func maximumIsOneMillionEuros() {
        #expect(Money.maximumTyped == Money(cents: 100_000_000))
        #expect(Money.parse("1000000,00") == .success(Money.maximumTyped))
    }

    @Test("messages are French sentences that quote the input", arguments: [
        MoneyParseError.notANumber("abc"),
        .tooManyDecimals("2,505"),
        .negative("-3"),
        .tooLarge("99999999999"),
    ])
    func messagesQuoteTheInput(error: MoneyParseError) {
        let quoted: String
        switch error {
        case .notANumber(let s), .tooManyDecimals(let s), .negative(let s), .tooLarge(let s): quoted = s
        case .empty: quoted = ""
        }
        #expect(error.message.contains("« \(quoted) »"))
        #expect(error.message.hasSuffix("."))
    }

    @Test func messagesSayWhatToDo() {
        #expect(MoneyParseError.empty.message == "Montant vide : tapez un montant, par exemple 2,50.")
        #expect(MoneyParseError.notANumber("abc").message.contains("Exemple : 2,50"))
        #expect(MoneyParseError.tooManyDecimals("2,505").message.contains("deux chiffres après la virgule"))
        #expect(MoneyParseError.negative("-3").message.contains("montant positif"))
        #expect(MoneyParseError.tooLarge("1e9").message.contains("trop grand"))
    }

    @Test func parsedAmountFormatsBack() throws {
        let money = try Money.parse("1234,5").get()
        #expect(money.formatted == "1 234,50 €")
        #expect(Money.parse(money.plain) == .success(money))
    }

    /// A digit followed by a combining mark ("1\u{301}", the keycap "1\u{20E3}") is one
    /// Character in "0"..."9": it must be refused, not crash the till.
    @Test func digitWithCombiningMarkIsRefusedNotACrash() {
        #expect(Money.parse("1\u{301}") == .failure(.notANumber("1\u{301}")))
        #expect(Money.parse("2,5\u{20E3}") == .failure(.notANumber("2,5\u{20E3}")))
    }

    @Test func leadingZerosDoNotCountAsSize() {
        #expect(Money.parse("0000000001") == .success(Money(cents: 100)))
        #expect(Money.parse("1000000000") == .failure(.tooLarge("1000000000")))
    }
}
