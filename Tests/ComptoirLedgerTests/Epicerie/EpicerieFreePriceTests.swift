import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

/// A free-price épicerie line (off the catalogue: no product code) is for a household, is
/// counted whole against its cap, and takes no stock.
@Suite struct EpicerieFreePriceTests {
    static func freeLine(_ cents: Int64, label: String = "Pain du jour") -> CartLine {
        CartLine(code: nil, label: label, activity: .epicerie, unitPrice: Money(cents: cents))
    }

    static func sell(_ s: EpicerieLedgerTests.Shop, _ lines: [CartLine], household: Int64?) throws -> CommittedTicket {
        var draft = TestShop.draft(lines)
        draft.household = household
        return try s.ledger.commitSale(draft, till: TestShop.till, operatorId: s.shop.benevole.id, sessionId: s.shop.session.id)
    }

    @Test func itNeedsAHouseholdAndCountsAgainstTheCap() throws {
        let s = try EpicerieLedgerTests.shop()
        defer { s.shop.close() }
        #expect(refusal { _ = try Self.sell(s, [Self.freeLine(300)], household: nil) }?
            .contains("réservés aux foyers inscrits") == true)
        let ticket = try Self.sell(s, [Self.freeLine(300)], household: 1)
        #expect(ticket.total == Money(cents: 300))
        #expect(try s.ledger.householdStanding(number: 1)?.used == Money(cents: 300))
        #expect(try s.ledger.ticket(number: ticket.number)?.lines.first?.label == "Pain du jour")
        // The cap is 38 €: 3 € used, 36 € more is too much.
        #expect(refusal { _ = try Self.sell(s, [Self.freeLine(3_600)], household: 1) }?.contains("plafond") == true)
        #expect(try s.ledger.verify().isOK)
    }

    @Test func aMarketPriceOrAWeightWithoutAProductIsRefused() throws {
        let s = try EpicerieLedgerTests.shop()
        defer { s.shop.close() }
        var line = Self.freeLine(300)
        line.marketUnitPrice = Money(cents: 900)
        #expect(refusal { _ = try Self.sell(s, [line], household: 1) }?.contains("pas au catalogue") == true)
    }
}
