import ComptoirCore
import Foundation
@testable import ComptoirLedger

/// A ledger with rows in every table, each written through the ledger's own calls: the
/// ground on which the schema coverage and the tampering tests work.
enum RichLedger {
    /// The shop (left open) with: an épicerie household, products and stock, a sale at the
    /// rate and a weighed one; friperie sales in cash, by card, split, with a voucher; a
    /// cancellation and a refund into a credit note, spent later; a parked ticket resumed
    /// and one waiting; a vide-greniers rental extended, items sold and donated, payouts in
    /// cash and by transfer; donations weighed in and out; a drop; new rules; a Z, and the
    /// month and year closed.
    static func make() throws -> EpicerieLedgerTests.Shop {
        let s = try EpicerieLedgerTests.shop()
        let shop = s.shop, l = s.ledger, till = TestShop.till
        let admin = shop.admin.id, volunteer = shop.benevole.id, session = shop.session.id
        let today = CalendarDay(Date(), in: l.timeZone)

        let karim = try l.createUser(firstName: "Karim", pin: "2222", role: .benevole, by: admin, till: till)
        try l.setRole(userId: karim.id, role: .responsable, by: admin, till: till)
        // PIN attempts: a locked account reactivated, then one wrong PIN and a right one;
        // Karim's last wrong PIN stays counted.
        let leo = try l.createUser(firstName: "Léo", pin: "4444", role: .benevole, by: admin, till: till)
        var clock = Date()
        for _ in 0..<PinAttempts.lockAfter {
            _ = try l.checkPin(userId: leo.id, pin: "0000", at: .login, now: clock, till: till)
            clock += 600
        }
        try l.reactivate(userId: leo.id, by: admin, till: till)
        _ = try l.checkPin(userId: leo.id, pin: "0000", at: .approval, now: clock, till: till, operatorId: volunteer)
        _ = try l.checkPin(userId: leo.id, pin: "4444", at: .login, now: clock, till: till)
        _ = try l.checkPin(userId: karim.id, pin: "0000", at: .command, now: clock, till: till)
        try l.addCategory(Category(code: "ROBE", label: "Robe", price: Money(cents: 300), key: 4), by: admin, till: till)
        try l.addCategory(Category(code: "VRAC", label: "Vrac", price: Money(cents: 300), unit: .kg, family: .textile,
                                   averageGrams: 350), by: admin, till: till)
        var quotient = s.household
        quotient.cafQuotient = Money(cents: 71_667)
        try l.saveHousehold(quotient, by: admin, till: till)
        var rules = EpicerieRules.standard
        rules.rightsMonths = 6
        try l.setEpicerieRules(rules, by: admin, till: till)
        try l.setShopSettings(ShopSettings(name: "Le Grenier", addressLines: ["3 place du Marché"], siret: "73282932000074"), by: admin, till: till)

        _ = try EpicerieLedgerTests.sell(s, [EpicerieLedgerTests.line(EpicerieLedgerTests.rice, 2)], household: s.household.number)
        let lentils = Product(code: "VRAC-LENT", name: "Lentilles vrac", marketPrice: Money(cents: 320), unit: .kg)
        try l.saveProduct(lentils, by: admin, till: till)
        try l.recordStock(code: lentils.code, kind: .donation, quantity: 5_000, by: admin, till: till)
        let (market, price) = rules.weighedPrice(marketPerKg: lentils.marketPrice, solidarityPerKg: nil, rate: 30, grams: 1_250)
        _ = try EpicerieLedgerTests.sell(s, [CartLine(code: lentils.code, label: "1,250 kg Lentilles vrac", activity: .epicerie,
                                                      unitPrice: price, marketUnitPrice: market, weightGrams: 1_250)],
                                         household: s.household.number)
        try l.recordStock(code: EpicerieLedgerTests.rice.code, kind: .correction, quantity: -1, reason: "sachet percé",
                          by: admin, till: till)

        let t1 = try shop.sell([TestShop.tshirt], given: Money(cents: 500))
        let card = TicketDraft(lines: [TestShop.pull], payments: [Payment(method: .card, amount: Money(cents: 500))])
        let t2 = try l.commitSale(card, till: till, operatorId: volunteer, sessionId: session)
        let split = TicketDraft(lines: [TestShop.free], payments: [Payment(method: .card, amount: Money(cents: 120)),
                                                                    try Payment.cash(total: Money(cents: 200), given: Money(cents: 200)).get()])
        _ = try l.commitSale(split, till: till, operatorId: volunteer, sessionId: session)
        let voucher = TicketDraft(lines: [TestShop.tshirt], payments: [Payment(method: .voucher, amount: Money(cents: 100),
                                                                               reference: "CCAS-2026-001")])
        _ = try l.commitSale(voucher, till: till, operatorId: volunteer, sessionId: session)
        _ = try l.cancelTicket(number: t1.number, reason: "erreur", authorizedBy: admin, till: till, operatorId: volunteer,
                               sessionId: session)
        let refund = try l.refund(RefundRequest(number: t2.number, items: [.init(position: 1, quantity: 1)], method: .creditNote,
                                                amount: Money(cents: 250)),
                                  reason: "taché", authorizedBy: admin, till: till, operatorId: volunteer, sessionId: session)
        if let note = refund.creditNote {
            _ = try l.commitSale(TicketDraft(lines: [TestShop.free],
                                             payments: [Payment(method: .creditNote, amount: Money(cents: 250), reference: note.code),
                                                        try Payment.cash(total: Money(cents: 70), given: Money(cents: 70)).get()]),
                                 till: till, operatorId: volunteer, sessionId: session)
        }
        let parked = try l.park([TestShop.pull], till: till, operatorId: volunteer)
        _ = try l.resumeParked(id: parked.id, till: till, operatorId: volunteer)
        _ = try l.park([TestShop.tshirt], till: till, operatorId: volunteer)

        let rental = try shop.rentB07()
        try l.saveSeller(Seller(id: rental.rental.sellerId, lastName: "Petit", firstName: "Lucie", document: .passport,
                                documentNumber: "P1", iban: "FR76 3000 6000 0112 3456 7890 189", address: "12 rue des Lilas, 62300 Lens", documentIssuedOn: CalendarDay(year: 2020, month: 3, day: 14), documentAuthority: "Préfecture du Pas-de-Calais"), by: admin, authorizedBy: admin, till: till)
        _ = try l.extendRental(id: rental.rental.id, to: today.adding(days: 13), rent: Money(cents: 500), by: admin, till: till)
        let lamp = try l.registerItem(rental: rental.rental.id, description: "lampe", price: Money(cents: 1_000), today: today,
                                      by: volunteer, till: till)
        let vase = try l.registerItem(rental: rental.rental.id, description: "vase", price: Money(cents: 1_500), today: today,
                                      by: volunteer, till: till)
        let frame = try l.registerItem(rental: rental.rental.id, description: "cadre", price: Money(cents: 400), today: today,
                                       by: volunteer, till: till)
        try shop.sell([try l.saleLine(label: lamp.code.text), try l.saleLine(label: vase.code.text)])
        try l.endItem(id: frame.id, donatedGrams: 400, donated: true, by: volunteer, till: till)
        _ = try l.payOut(seller: rental.rental.sellerId, amount: Money(cents: 500), method: .cash, authorizedBy: admin,
                         till: till, operatorId: volunteer, sessionId: session)
        _ = try l.payOut(seller: rental.rental.sellerId, amount: Money(cents: 700), method: .transfer, authorizedBy: admin,
                         till: till, operatorId: volunteer, sessionId: session)

        try l.recordFlow(FriperieFlow(direction: .intake, family: .chaussures, grams: 12_500, origin: .particulier, party: "M. Dupont"),
                         by: volunteer, till: till)
        try l.recordFlow(FriperieFlow(direction: .outflow, family: .textile, grams: 40_000, destination: .association,
                                      party: "Emmaüs"), by: volunteer, till: till)
        try l.recordCashDrop(amount: Money(cents: 2_000), reason: "dépôt en banque", authorizedBy: admin, till: till,
                             operatorId: volunteer, sessionId: session)
        try l.recordDrawerOpening(till: till, operatorId: volunteer, authorizedBy: admin, reason: "monnaie")
        try l.recordTraining(started: true, till: till, operatorId: volunteer, authorizedBy: admin,
                             copy: "comptoir.formation.caisse-1.sqlite", reason: "formation des bénévoles")
        try l.recordTraining(started: false, till: till, operatorId: volunteer, authorizedBy: admin,
                             copy: "comptoir.formation.caisse-1.sqlite", reason: "fin de la formation")

        let expected = try l.sessionReport(session: session).expectedCash
        _ = try l.closeSession(session, count: CashCount(pieces: [1: Int(expected.cents)]), comment: nil, authorizedBy: admin,
                               till: till)
        let later = today.adding(months: 13).start(in: l.timeZone)
        _ = try l.closePeriod(.month, today.isoMonth, authorizedBy: admin, till: till, now: later)
        _ = try l.closePeriod(.year, String(today.year), authorizedBy: admin, till: till, now: later)
        return s
    }
}
