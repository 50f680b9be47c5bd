import ComptoirCore
import Testing

@Suite("Paying cash")
struct PaymentTests {
    @Test func exactAmount() throws {
        let p = try Payment.cash(total: Money(cents: 1750), given: Money(cents: 1750)).get()
        #expect(p.method == .cash)
        #expect(p.amount == Money(cents: 1750))
        #expect(p.given == Money(cents: 1750))
        #expect(p.change == .zero)
    }

    @Test func withChange() throws {
        let p = try Payment.cash(total: Money(cents: 1750), given: Money(cents: 2000)).get()
        #expect(p.amount == Money(cents: 1750))
        #expect(p.given == Money(cents: 2000))
        #expect(p.change == Money(cents: 250))
        #expect(p.amount + p.change == p.given)
    }

    @Test func shortfallSaysWhatIsMissing() {
        let result = Payment.cash(total: Money(cents: 123_456), given: Money(cents: 100_000))
        guard case .failure(let shortfall) = result else {
            Issue.record("a shortfall was accepted")
            return
        }
        #expect(shortfall.total == Money(cents: 123_456))
        #expect(shortfall.given == Money(cents: 100_000))
        #expect(shortfall.message.contains("il manque 234,56 €"))
        #expect(shortfall.message.contains("1 234,56 €"))
        #expect(shortfall.message.hasPrefix("Montant insuffisant"))
    }

    @Test func oneCentShort() {
        guard case .failure(let shortfall) = Payment.cash(total: Money(cents: 500), given: Money(cents: 499)) else {
            Issue.record("a shortfall was accepted")
            return
        }
        #expect(shortfall.message == "Montant insuffisant : il manque 0,01 €. Le total est de 5,00 €.")
    }

    @Test func otherMethodsHaveNoChange() {
        let p = Payment(method: .card, amount: Money(cents: 4250))
        #expect(p.given == Money(cents: 4250))
        #expect(p.change == .zero)
    }

    @Test("method labels are French", arguments: [
        (PaymentMethod.cash, "Espèces"),
        (.card, "Carte bancaire"),
        (.cheque, "Chèque"),
        (.transfer, "Virement"),
        (.voucher, "Bon"),
        (.creditNote, "Avoir"),
    ])
    func methodLabel(method: PaymentMethod, label: String) {
        #expect(method.label == label)
    }

    @Test func methodsAreStoredByTheirFrenchRawValue() {
        #expect(PaymentMethod(rawValue: "especes") == .cash)
        #expect(PaymentMethod.allCases.count == 6)
        #expect(Set(PaymentMethod.allCases.map(\.rawValue)).count == 6)
    }
}
