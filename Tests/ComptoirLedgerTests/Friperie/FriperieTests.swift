import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct FriperieTests {
    static let vrac = Category(code: "VRAC", label: "Vrac", price: Money(cents: 300), unit: .kg, family: .textile)

    @Test func aCategorySoldByTheKiloIsSavedChangedAndVerified() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.ledger.saveCategory(Self.vrac, by: shop.admin.id, till: TestShop.till)
        guard case .category(let found)? = try shop.ledger.lookup(code: "VRAC") else { Issue.record("VRAC introuvable"); return }
        #expect(found == Self.vrac && found.priceText == "3,00 €/kg")
        var dearer = Self.vrac
        dearer.price = Money(cents: 350)
        try shop.ledger.saveCategory(dearer, by: shop.admin.id, till: TestShop.till)
        #expect(try shop.ledger.categories().first { $0.code == "VRAC" }?.price == Money(cents: 350))
        #expect(try shop.ledger.rawString("SELECT kind FROM journal ORDER BY seq DESC LIMIT 1") == "category.changed")
        var shirt = Category(code: "TSHIRT", label: "T-shirt", price: Money(cents: 100), averageGrams: 200)
        try shop.ledger.saveCategory(shirt, by: shop.admin.id, till: TestShop.till)
        shirt.averageGrams = 0
        #expect(refusal { try shop.ledger.saveCategory(shirt, by: shop.admin.id, till: TestShop.till) }
                == "Le poids moyen d'une pièce de « T-shirt » doit être entre 1 g et 100 kg.")
        var free = Self.vrac
        free.price = .zero
        #expect(refusal { try shop.ledger.saveCategory(free, by: shop.admin.id, till: TestShop.till) }
                == "« Vrac » se vend au kilo : donnez son prix au kilo, par exemple 3,00.")
        #expect(refusal { try shop.ledger.saveCategory(dearer, by: shop.benevole.id, till: TestShop.till) }?
                .hasPrefix("Réservé aux responsables") == true)
        #expect(try shop.ledger.verify().isOK)
        // Sold by the piece behind the journal's back: named.
        try shop.ledger.rawExecute("UPDATE categories SET unit = 'piece' WHERE code = 'VRAC'")
        #expect(try shop.ledger.verify().problem?.reason == "la catégorie « VRAC » ne correspond pas au journal")
    }

    @Test func donationsAndOutflowsAreWeighedJournaledAndVerified() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let given = try shop.ledger.recordFlow(FriperieFlow(direction: .intake, family: .chaussures, grams: 12_500, origin: .particulier,
                                                            party: "Mme Durand"), by: shop.benevole.id, till: TestShop.till)
        #expect(given.id == 1)
        try shop.ledger.recordFlow(FriperieFlow(direction: .outflow, family: .textile, grams: 40_000, destination: .association,
                                                party: "Emmaüs Lyon"), by: shop.benevole.id, till: TestShop.till)
        let entries = try shop.ledger.rawInt("SELECT COUNT(*) FROM journal")
        #expect(refusal { try shop.ledger.recordFlow(FriperieFlow(direction: .intake, family: .linge, grams: 0, origin: .entreprise),
                                                     by: shop.benevole.id, till: TestShop.till) }
                == "Le poids doit être plus grand que 0 : tapez les kilos, par exemple 12,5.")
        #expect(refusal { try shop.ledger.recordFlow(FriperieFlow(direction: .intake, family: .linge, grams: 1_500_000, origin: .entreprise),
                                                     by: shop.benevole.id, till: TestShop.till) }?
                .hasSuffix("ce poids n'est pas plausible (plus d'une tonne) ; vérifiez la saisie.") == true)
        #expect(refusal { try shop.ledger.recordFlow(FriperieFlow(direction: .outflow, family: .linge, grams: 500),
                                                     by: shop.benevole.id, till: TestShop.till) }
                == "Choisissez la destination de la sortie.")
        #expect(try shop.ledger.rawInt("SELECT COUNT(*) FROM journal") == entries)
        #expect(try shop.ledger.recentFlows().map(\.grams) == [40_000, 12_500])
        // The donor stays out of the journal; the receiving association is in it.
        let payloads = try shop.ledger.rawString("SELECT group_concat(payload, '|') FROM journal WHERE kind = 'friperie.flow'") ?? ""
        #expect(!payloads.contains("Durand") && payloads.contains("Emmaüs Lyon"))
        #expect(try shop.ledger.verify().isOK)
        try shop.ledger.rawExecute("DROP TRIGGER friperie_flows_no_update")
        try shop.ledger.rawExecute("UPDATE friperie_flows SET grams = 125000 WHERE id = 1")
        #expect(try shop.ledger.verify().problem?.reason == "la pesée n° 1 (12,500 kg) ne correspond pas au journal")
    }

    /// A year of weighings, one intake and one outflow a month (next year, so that the
    /// journal's times keep going forward), summed per month.
    @Test func aYearOfDonationsAndOutflowsIsSummedPerMonth() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let year = CalendarDay(Date(), in: shop.ledger.timeZone).year + 1
        for month in 1...12 {
            let day = CalendarDay(year: year, month: month, day: 15).start(in: shop.ledger.timeZone).addingTimeInterval(10 * 3600)
            try shop.ledger.recordFlow(FriperieFlow(direction: .intake, family: month.isMultiple(of: 2) ? .textile : .livres,
                                                    grams: 1_000 * month, origin: month == 12 ? .entreprise : .particulier),
                                       by: shop.benevole.id, till: TestShop.till, now: day)
            try shop.ledger.recordFlow(FriperieFlow(direction: .outflow, family: .textile, grams: 100 * month,
                                                    destination: month <= 6 ? .recyclage : .dechets),
                                       by: shop.benevole.id, till: TestShop.till, now: day.addingTimeInterval(60))
        }
        let figures = try shop.ledger.friperieFigures(year: year)
        #expect(figures.months.map(\.intakeTotal) == (1...12).map { 1_000 * $0 })
        #expect(figures.months.map(\.outflowTotal) == (1...12).map { 100 * $0 })
        let total = figures.total
        #expect(total.intake[.textile] == 1_000 * (2 + 4 + 6 + 8 + 10 + 12) && total.intake[.livres] == 1_000 * (1 + 3 + 5 + 7 + 9 + 11))
        #expect(total.intakeByOrigin == [.particulier: 66_000, .entreprise: 12_000])
        #expect(total.outflow == [.recyclage: 2_100, .dechets: 5_700])
        #expect(try shop.ledger.friperieFigures(year: year - 1).total.intakeTotal == 0)
        #expect(try shop.ledger.friperieMonth(CalendarDay(year: year, month: 7, day: 20)) == figures.months[6])
        let csv = figures.csvRows
        #expect(csv.contains(["\(year)-03", "entree", "famille", "livres", "3,000"]))
        #expect(csv.contains(["\(year)-12", "sortie", "destination", "dechets", "1,200"]))
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func kilosSoldAreWeighedOrCountedAtTheAverageWeight() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.ledger.saveCategory(Self.vrac, by: shop.admin.id, till: TestShop.till)
        try shop.ledger.saveCategory(Category(code: "TSHIRT", label: "T-shirt", price: Money(cents: 100), averageGrams: 200),
                                     by: shop.admin.id, till: TestShop.till)
        try shop.ledger.saveCategory(Category(code: "LIVRE", label: "Livre", price: Money(cents: 50), family: .livres),
                                     by: shop.admin.id, till: TestShop.till)
        let weighed = CartLine(code: "VRAC", label: "1,250 kg Vrac à 3,00 €/kg", activity: .friperie,
                               unitPrice: Self.vrac.price(grams: 1_250), quantity: 1, weightGrams: 1_250)
        #expect(weighed.amount == Money(cents: 375))
        let shirts = CartLine(code: "TSHIRT", label: "T-shirt", activity: .friperie, unitPrice: Money(cents: 100), quantity: 3)
        let book = CartLine(code: "LIVRE", label: "Livre", activity: .friperie, unitPrice: Money(cents: 50), quantity: 2)
        let ticket = try shop.sell([weighed, shirts, book])
        _ = try shop.ledger.refund(RefundRequest(number: ticket.number, items: [.init(position: 2, quantity: 1)], method: .cash,
                                                 amount: Money(cents: 100)),
                                   reason: "taché", authorizedBy: shop.admin.id, till: TestShop.till,
                                   operatorId: shop.benevole.id, sessionId: shop.session.id)
        let year = CalendarDay(Date(), in: shop.ledger.timeZone).year
        let total = try shop.ledger.friperieFigures(year: year).total
        #expect(total.soldWeighed == [.textile: 1_250])
        #expect(total.soldByPiece == [.textile: 400])  // 3 T-shirts less the one refunded, 200 g each
        #expect(try shop.ledger.friperieFigures(year: year).piecesWithoutWeight == 2)  // the books: no average weight
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func anItemGivenFromABoxComesInWithItsWeight() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let rental = try shop.rentB07()
        let today = CalendarDay(Date(), in: shop.ledger.timeZone)
        let item = try shop.ledger.registerItem(rental: rental.rental.id, description: "lampe", price: Money(cents: 1_000),
                                                today: today, by: shop.benevole.id, till: TestShop.till)
        try shop.ledger.endItem(id: item.id, donatedGrams: 2_400, donated: true, by: shop.admin.id, till: TestShop.till)
        let total = try shop.ledger.friperieFigures(year: today.year).total
        #expect(total.intakeByOrigin == [.videGreniers: 2_400] && total.intakeTotal == 2_400)
        let arrived = try #require(try shop.ledger.recentFlows().first)
        #expect(arrived.origin == .videGreniers && arrived.grams == 2_400 && arrived.party == "lampe" && arrived.direction == .intake)
    }

    /// The back door reads its month after each bag: by the tickets' time index, never the whole history.
    @Test func theMonthsLinesAreFoundThroughTheIndexOnTicketTimes() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let bound = Ledger.friperieLinesSQL.replacingOccurrences(of: "?1", with: "'2026-10-31T23:00:00.000Z'")
            .replacingOccurrences(of: "?2", with: "'2026-11-30T23:00:00.000Z'")
        let plan = try shop.ledger.queryPlan(bound)
        #expect(plan.contains("tickets_by_at") && !plan.contains("SCAN l"), "\(plan)")
    }
}
