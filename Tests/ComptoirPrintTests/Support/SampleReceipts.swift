import ComptoirCore
import ComptoirPrint
import Foundation

/// A friperie and vide-greniers ticket of 23 November 2026, 18:05 in Lens.
enum SampleReceipts {
    static let header = ReceiptHeader(
        shopName: "La Boutique Solidaire",
        addressLines: ["12 rue Jean Jaurès", "62300 Lens"],
        siret: "123 456 789 00012"
    )

    /// 2026-11-23 17:05 UTC, 18:05 in Paris (winter time).
    static let date = Date(timeIntervalSince1970: 1_795_453_500)

    static let lines = [
        CartLine(code: "TS", label: "T-shirt", activity: .friperie, unitPrice: Money(cents: 100), quantity: 2),
        CartLine(
            code: "B07-0012", label: "Robe longue en soie imprimée à fleurs, taille 40",
            activity: .videGreniers, unitPrice: Money(cents: 1200)),
        CartLine(code: nil, label: "Prix libre friperie", activity: .friperie, unitPrice: Money(cents: 350)),
    ]

    /// 17,50 € paid with a 20 € note: 2,50 € back.
    static var draft: TicketDraft {
        let total = lines.reduce(Money.zero) { $0 + $1.amount }
        guard case .success(let cash) = Payment.cash(total: total, given: Money(cents: 2000)) else {
            fatalError("20 € covers \(total.formatted)")
        }
        return TicketDraft(lines: lines, payments: [cash])
    }

    static func receipt(duplicate: Bool = false, training: Bool = false) -> Receipt {
        Receipt(
            draft: draft, header: header, ticketNumber: 42, date: date,
            tillName: "Caisse 1", operatorName: "Camille",
            duplicate: duplicate, training: training)
    }

    /// Ticket 45 gives back the robe of ticket 42 as a credit note.
    static func refund(duplicate: Bool = false) -> Receipt {
        let robe = lines[1]
        let back = CartLine(code: robe.code, label: robe.label, activity: robe.activity, unitPrice: robe.unitPrice, quantity: -1)
        return Receipt(
            header: header, kind: .refund(of: 42), ticketNumber: 45, date: date.addingTimeInterval(600),
            tillName: "Caisse 1", operatorName: "Camille", lines: [back],
            payments: [Payment(method: .creditNote, amount: Money(cents: -1200), reference: "AV-7KQ2-M9XD-T")],
            total: Money(cents: -1200), change: .zero, duplicate: duplicate)
    }
}
