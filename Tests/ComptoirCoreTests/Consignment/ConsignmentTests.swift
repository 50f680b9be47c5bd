import Testing
@testable import ComptoirCore

@Suite("Vide-greniers: commission, labels, IBAN, rentals")
struct ConsignmentTests {
    @Test("25 % of prices that do not fall on a cent: commission half-up, the share is the rest",
          arguments: [(1, 0, 1), (2, 1, 1), (99, 25, 74), (199, 50, 149), (1333, 333, 1000), (1000, 250, 750)])
    func split(price: Int64, commission: Int64, share: Int64) {
        let split = CommissionSplit(price: Money(cents: price), rateBasisPoints: 2_500)
        #expect(split.commission == Money(cents: commission))
        #expect(split.share == Money(cents: share))
        #expect(split.price == Money(cents: price))
    }

    @Test("Commission and share always add up to the price and stay within it")
    func alwaysAddsUp() {
        for rate in [0, 1, 1_250, 2_500, 3_333, 10_000] {
            for cents in Int64(1)...3_000 {
                let split = CommissionSplit(price: Money(cents: cents), rateBasisPoints: rate)
                #expect(split.commission + split.share == Money(cents: cents))
                #expect(!split.commission.isNegative && !split.share.isNegative)
            }
        }
    }

    @Test func rateLabels() {
        #expect(CommissionSplit.rateLabel(2_500) == "25 %")
        #expect(CommissionSplit.rateLabel(1_250) == "12,5 %")
        #expect(CommissionSplit.rateLabel(1_234) == "12,34 %")
        #expect(CommissionSplit.rateLabel(1_205) == "12,05 %")
    }

    @Test("Item labels carry a check digit; another shop's or a misread label does not parse")
    func labels() throws {
        let code = ItemLabelCode(rental: 12, item: 7)
        #expect(code.text == "V12-007-\(code.check)")
        #expect(ItemLabelCode(code.text) == code)
        #expect(ItemLabelCode(code.barcode) == code)
        #expect(ItemLabelCode(code.text.lowercased()) == code)
        #expect(ItemLabelCode(ItemLabelCode(rental: 3, item: 1234).barcode) == ItemLabelCode(rental: 3, item: 1234))
        let wrong = "V12-007-\((code.check + 1) % 10)"
        #expect(ItemLabelCode(wrong) == nil)
        // Two swapped digits of the rental number are caught.
        #expect(ItemLabelCode("V21-007-\(code.check)") == nil)
        #expect(ItemLabelCode("AV-12-3") == nil)
        #expect(ItemLabelCode("V12-7-3") == nil)
        #expect(ItemLabelCode("V12-000-0") == nil)
    }

    @Test("IBAN: the mod-97 check")
    func iban() {
        #expect(IBAN.normalized("FR76 3000 6000 0112 3456 7890 189") == "FR7630006000011234567890189")
        #expect(IBAN.normalized("gb82 west 1234 5698 7654 32") == "GB82WEST12345698765432")
        #expect(IBAN.normalized("FR76 3000 6000 0112 3456 7890 188") == nil)
        #expect(IBAN.normalized("FR76") == nil)
        #expect(IBAN.formatted("FR7630006000011234567890189") == "FR76 3000 6000 0112 3456 7890 189")
    }

    @Test("Rentals of one box overlap when they share a day; a seller needs an identity document")
    func rentalsAndSellers() {
        let d = { CalendarDay(year: 2026, month: 12, day: $0) }
        let a = Rental(sellerId: 1, boxCode: "B07", from: d(1), to: d(14), rent: Money(euros: 10), rentPayment: .atTill)
        var b = a
        b.from = d(14); b.to = d(20)
        #expect(a.overlaps(b))
        b.from = d(15)
        #expect(!a.overlaps(b))
        b.boxCode = "B08"; b.from = d(1)
        #expect(!a.overlaps(b))
        #expect(a.rateBasisPoints == 2_500)
        #expect(Rental.rent(of: Box(code: "B07", size: "grand", weeklyRent: Money(euros: 5), monthlyRent: Money(euros: 18)), weeks: 2)
                == Money(euros: 10))
        var seller = Seller(lastName: "Dupont", firstName: "Ana", document: .identityCard, documentNumber: "")
        #expect(seller.problem?.hasPrefix("N° de pièce d'identité") == true)
        seller.documentNumber = "X4RTBPFW4"
        seller.iban = "FR76 3000 6000 0112 3456 7890 188"
        #expect(seller.problem?.hasPrefix("IBAN") == true)
        seller.iban = "FR76 3000 6000 0112 3456 7890 189"
        #expect(seller.problem == nil)
    }
}
