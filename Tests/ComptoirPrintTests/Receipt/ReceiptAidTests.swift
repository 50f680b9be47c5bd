import ComptoirCore
import ComptoirPrint
import Foundation
import Testing

/// The épicerie's aid on the receipt: only when the shop shows it.
@Suite struct ReceiptAidTests {
    static let lines = [
        CartLine(code: "3560070005109", label: "Riz long grain 1 kg", activity: .epicerie, unitPrice: Money(cents: 55),
                 quantity: 2, marketUnitPrice: Money(cents: 189)),
        CartLine(code: "TS", label: "T-shirt", activity: .friperie, unitPrice: Money(cents: 100)),
    ]

    static func receipt(showAid: Bool) -> Receipt {
        Receipt(header: SampleReceipts.header, ticketNumber: 12, date: SampleReceipts.date, tillName: "caisse-1",
                operatorName: "Camille", lines: lines, payments: [try! Payment.cash(total: Money(cents: 210), given: Money(cents: 210)).get()],
                total: Money(cents: 210), change: .zero, showAid: showAid)
    }

    @Test func theReceiptShowsWhatWasPaidAndTheAidOnlyWhenTheShopSaysSo() {
        let hidden = ReceiptLayout().document(for: Self.receipt(showAid: false), width: .wide).plainText
        #expect(hidden.contains("0,55 €"))
        #expect(!hidden.contains("Valeur marchande"))
        let shown = ReceiptLayout().document(for: Self.receipt(showAid: true), width: .wide).plainText
        // 2 × 1,89 = 3,78 € of market value for 1,10 € paid: 2,68 € of aid. The T-shirt does not count.
        #expect(shown.contains("Valeur marchande (épicerie)") && shown.contains("3,78 €"))
        #expect(shown.contains("Aide de l'épicerie") && shown.contains("2,68 €"))
    }
}
