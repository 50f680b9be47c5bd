import Foundation
import ComptoirCore
@testable import ComptoirLedger
import ComptoirUI
@testable import ComptoirRuntime

/// Data the tests set up through the ledger's API, and what they read back from it.
extension RuntimeShop {
    var today: CalendarDay { CalendarDay(Date(), in: ledger.timeZone) }

    /// Journal entries of `kind` (`"ticket.reprinted"`…) in `ledger` (the real one by default).
    func journaled(_ kind: String, in ledger: Ledger? = nil) throws -> Int64 {
        try (ledger ?? self.ledger).rawInt("SELECT count(*) FROM journal WHERE kind = '\(kind)'") ?? 0
    }

    /// The payload of the last journal entry of `kind`.
    func lastPayload(_ kind: String, in ledger: Ledger? = nil) throws -> String? {
        try (ledger ?? self.ledger).rawString("SELECT payload FROM journal WHERE kind = '\(kind)' ORDER BY seq DESC LIMIT 1")
    }

    /// A product of the épicerie, with `stock` units.
    @discardableResult
    func addProduct(code: String = "SAVON", name: String = "Savon", cents: Int64 = 150, stock: Int = 0) throws -> Product {
        let product = Product(code: code, name: name, marketPrice: Money(cents: cents), stock: 0)
        try ledger.addProduct(product, by: admin.id, till: Self.till)
        if stock > 0 {
            try ledger.recordStock(code: code, kind: .purchase, quantity: stock, reason: nil, by: admin.id, till: Self.till)
        }
        return try ledger.product(code: code)!
    }

    /// A household with rights from last month to next year.
    @discardableResult
    func addHousehold(name: String = "Martin") throws -> Household {
        try ledger.saveHousehold(Household(name: name, adults: 2, children: 1, monthlyResources: Money(euros: 900),
                                           rightsFrom: today.adding(months: -1), rightsTo: today.adding(months: 11)),
                                 by: manager.id, till: Self.till)
    }

    /// Lucie Petit, seller n° 1 (passport P1).
    @discardableResult
    func addSeller(iban: String? = nil) throws -> Seller {
        try ledger.saveSeller(Seller(lastName: "Petit", firstName: "Lucie", document: .passport, documentNumber: "P1", iban: iban, address: "12 rue des Lilas, 62300 Lens", documentIssuedOn: CalendarDay(year: 2020, month: 3, day: 14), documentAuthority: "Préfecture du Pas-de-Calais"),
                              by: volunteer.id, authorizedBy: iban == nil ? nil : manager.id, till: Self.till)
    }

    static let b07 = Box(code: "B07", size: "60 × 40", weeklyRent: Money(cents: 500), monthlyRent: Money(cents: 1_500))

    /// Box B07 rented for a week from today by Lucie Petit, rent deducted.
    func rentB07(rent: Money = .zero, payment: Rental.RentPayment = .deducted) throws -> (seller: Seller, rental: RentalSummary) {
        try ledger.saveBox(Self.b07, by: admin.id, till: Self.till)
        let seller = try addSeller()
        let rental = try ledger.signRental(Rental(sellerId: seller.id, boxCode: "B07", from: today, to: today.adding(days: 6),
                                                  rent: rent, rentPayment: payment), by: volunteer.id, till: Self.till)
        return (seller, rental)
    }

    /// An item of 12,00 € in Lucie's box B07.
    func consignedItem() throws -> (seller: Seller, rental: RentalSummary, item: ConsignedItem) {
        let (seller, rental) = try rentB07()
        let item = try ledger.registerItem(rental: rental.rental.id, description: "Lampe", price: Money(cents: 1_200), today: today,
                                           by: volunteer.id, till: Self.till)
        return (seller, rental, item)
    }

    /// A cash sale of `line` committed straight in the ledger.
    @discardableResult
    func sellInLedger(_ line: CartLine) throws -> CommittedTicket {
        let payment = try Payment.cash(total: line.amount, given: line.amount).get()
        return try ledger.commitSale(TicketDraft(lines: [line], payments: [payment]), till: Self.till, operatorId: volunteer.id,
                                     sessionId: session.id)
    }

    /// Closes this till's session through the ledger, so that nothing is open.
    func closeSessionInLedger() throws {
        _ = try ledger.closeSession(session.id, count: CashCount(pieces: [5_000: 1]), comment: nil, authorizedBy: manager.id,
                                    till: Self.till)
    }
}

/// The French text when `answers` is exactly one `.failed` naming `request`; nil otherwise.
func failure(_ answers: [Msg], _ request: Effect) -> String? {
    guard answers.count == 1, case .failed(let message, let named) = answers[0], named == request else { return nil }
    return message
}

/// ESC p: the drawer kick.
let drawerKick: [UInt8] = [0x1B, 0x70]

extension Array where Element == UInt8 {
    func contains(_ bytes: [UInt8]) -> Bool {
        guard bytes.count <= count else { return false }
        return (0...(count - bytes.count)).contains { Array(self[$0..<($0 + bytes.count)]) == bytes }
    }
}
