import ComptoirCore
import Foundation
@testable import ComptoirLedger

extension TestShop {
    /// Box B07 rented from today for a week by Lucie Petit, rent free and deducted: a
    /// seller's item to sell, pay out or give, in tests about something else.
    func rentB07() throws -> RentalSummary {
        try ledger.saveBox(Box(code: "B07", size: "", weeklyRent: Money(cents: 500), monthlyRent: Money(cents: 1_500)),
                           by: admin.id, till: Self.till)
        let seller = try ledger.saveSeller(Seller(lastName: "Petit", firstName: "Lucie", document: .passport, documentNumber: "P1", address: "12 rue des Lilas, 62300 Lens", documentIssuedOn: CalendarDay(year: 2020, month: 3, day: 14), documentAuthority: "Préfecture du Pas-de-Calais"),
                                           by: benevole.id, till: Self.till)
        let today = CalendarDay(Date(), in: ledger.timeZone)
        return try ledger.signRental(Rental(sellerId: seller.id, boxCode: "B07", from: today, to: today.adding(days: 6),
                                            rent: .zero, rentPayment: .deducted), by: benevole.id, till: Self.till)
    }
}
