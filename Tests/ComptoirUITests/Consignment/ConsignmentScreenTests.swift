import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The vide-greniers screens: the board of boxes, the sellers, a seller's page, its
/// forms, and selling a label at the till.
@Suite struct ConsignmentScreenTests {
    static let today = CalendarDay(Fixtures.now, in: Fixtures.context().timeZone)  // 23/11/2026

    static func box(_ n: Int, large: Bool = false) -> Box {
        Box(code: String(format: "B%02d", n), size: large ? "portant" : "étagère",
            weeklyRent: Money(cents: large ? 800 : 500), monthlyRent: Money(cents: large ? 2_500 : 1_500))
    }

    static let board: [BoxBoardEntry] = (1...12).map { n in
        switch n {
        case 3: return BoxBoardEntry(box: box(3), state: .rented, rentalId: 1, sellerId: 1, sellerName: "Marc Lefèvre",
                                     until: today.adding(days: 17), itemsInBox: 3)
        case 5: return BoxBoardEntry(box: box(5), state: .endingSoon, rentalId: 2, sellerId: 2, sellerName: "Lucie Petit",
                                     until: today.adding(days: 2), itemsInBox: 2)
        case 9: return BoxBoardEntry(box: box(9), state: .endedWithItems, rentalId: 3, sellerId: 2, sellerName: "Lucie Petit",
                                     until: today.adding(days: -2), itemsInBox: 1)
        default: return BoxBoardEntry(box: box(n, large: n % 4 == 0), state: .free)
        }
    }

    static let lucie = Seller(id: 2, lastName: "Petit", firstName: "Lucie", phone: "07 55 66 77 88",
                              document: .passport, documentNumber: "DEMO67890", address: "8 allée des Tilleuls, 62300 Lens",
                              documentIssuedOn: CalendarDay(year: 2022, month: 1, day: 20), documentAuthority: "Préfecture du Nord")

    static func page(rentPaid: Bool = true) -> SellerPage {
        let rental = Rental(id: 4, sellerId: 2, boxCode: "B07", from: today, to: today.adding(days: 13),
                            rent: Money(cents: 1_000), rentPayment: .atTill)
        let summary = RentalSummary(rental: rental, sellerName: "Lucie Petit",
                                    rentPaidAtTill: rentPaid ? Money(cents: 1_000) : .zero, itemCount: 3, itemsInBox: 2)
        let items = [
            ConsignedItem(id: 10, rentalId: 4, number: 1, boxCode: "B07", description: "Lampe de chevet", price: Money(cents: 800),
                          status: .sold(ticket: 12)),
            ConsignedItem(id: 11, rentalId: 4, number: 2, boxCode: "B07", description: "Service à café", price: Money(cents: 1_200)),
            ConsignedItem(id: 12, rentalId: 4, number: 3, boxCode: "B07", description: "Jeu de société", price: Money(cents: 500)),
        ]
        let payout = Payout(id: 1, sellerId: 2, amount: Money(cents: 400), method: .cash, at: Fixtures.now, till: "Caisse 1",
                            authorizedBy: "Sophie")
        return SellerPage(seller: lucie, balance: Money(cents: 600), rentals: [summary], items: items, payouts: [payout])
    }

    static func atBoard(as user: UserSummary = Fixtures.camille) -> AppState {
        var state = Fixtures.atSale(as: user)
        #expect(state.press(.alt("v")) == [.consignment(.loadBoard(today))])
        _ = App.update(&state, .consignment(.boardLoaded(board, message: nil)))
        return state
    }

    @Test func theBoardShowsEveryBoxWithItsStateInWordsAndColour() {
        var state = Self.atBoard()
        state.press(.right, .right)  // B03
        let canvas = App.view(state)
        expectGolden(canvas, "box-board")
        #expect(canvas.row(4).contains("▶B03 loué"))
        #expect(canvas.row(7).contains("B05 fin proche"))
        #expect(canvas.row(10).contains("B09 à vider"))
        // Colour backs the words: free green, ending soon yellow, ended with items red.
        #expect(canvas[3, 4].style.background == .green)
        #expect(canvas[3, 7].style.background == .yellow)
        #expect(canvas[3, 10].style.background == .red)
        #expect(canvas[41, 4].style.reverse)
    }

    @Test func enterOnARentedBoxOpensItsSellerAndOnAFreeOneTheSellers() {
        var state = Self.atBoard()
        state.press(.right, .right)
        #expect(state.press(.enter) == [.consignment(.loadSellerPage(sellerId: 1, rentalId: 1))])
        state.press(.left)
        #expect(state.press(.enter) == [.consignment(.searchSellers(""))])
        #expect(state.consignment.mode == .sellers)
        #expect(BoxBoardScreen.chosenFreeBox(state.consignment) == "B02")
    }

    @Test func aNewSellerNeedsAnIdentityDocument() {
        var state = Self.atBoard()
        state.press(.function(2), .function(5))
        state.type("Petit", then: .down)
        state.type("Lucie", then: .down, .down, .down, .down)
        #expect(state.press(.function(2)).isEmpty)
        #expect(state.status.text == "N° de pièce d'identité : le registre des objets mobiliers demande son numéro.")
        state.type("x123")
        #expect(state.press(.function(2)) == [.consignment(.saveSeller(
            Seller(lastName: "Petit", firstName: "Lucie", document: .identityCard, documentNumber: "x123"), actorId: Fixtures.camille.id))])
    }

    @Test func aNewIBANIsAllowedByAResponsableWithTheirPIN() {
        var state = Self.atBoard()
        state.press(.down, .right, .right)
        state.press(.enter)
        _ = App.update(&state, .consignment(.sellerPageLoaded(Self.page(), message: nil)))
        state.press(.function(9))
        // Correcting the phone alone saves at once.
        state.press(.down, .down, .down)
        state.type("06 00 00 00 00")
        guard case .consignment(.saveSeller)? = state.press(.function(2)).first else {
            Issue.record("the phone alone is saved without a responsable")
            return
        }
        state.consignment.form = nil  // as if saved
        state.press(.function(9))
        state.press(.down, .down, .down, .down, .down, .down, .down, .down, .down)
        state.type("FR76 3000 6000 0112 3456 7890 189")
        #expect(state.press(.function(2)).isEmpty)
        guard case .approval(let form)? = state.overlay, case .sellerBankDetails(let seller) = form.purpose else {
            Issue.record("a new IBAN asks a responsable")
            return
        }
        #expect(seller.iban == "FR76 3000 6000 0112 3456 7890 189")
        #expect(App.view(state).text.contains("Changer l'IBAN de Lucie Petit"))
        state.type("1234")
        let effects = state.press(.enter)
        #expect(effects == [.approve(.sellerBankDetails(seller), managerId: Fixtures.sophie.id, pin: "1234",
                                     reason: "RIB fourni par le déposant", operatorId: Fixtures.camille.id)])
        _ = App.update(&state, .consignment(.sellerPageLoaded(Self.page(), message: "Fiche de Lucie Petit enregistrée, IBAN autorisé par Sophie.")))
        #expect(state.overlay == nil && state.consignment.form == nil)
    }

    @Test func aRentalOfTwoWeeksInTheFreeBoxChosenOnTheBoard() {
        var state = Self.atBoard()
        state.press(.down, .right, .right)  // B07
        state.press(.enter)
        _ = App.update(&state, .consignment(.sellerPageLoaded(Self.page(), message: nil)))
        state.press(.function(3))
        #expect(state.consignment.form?.fields[0].text == "B07")
        let canvas = App.view(state)
        #expect(canvas.row(10).contains("Du 23/11/2026 au 06/12/2026 · loyer 10,00 € · commission 25 %"))
        let effects = state.press(.function(2))
        #expect(effects == [.consignment(.signRental(Rental(sellerId: 2, boxCode: "B07", from: Self.today, to: Self.today.adding(days: 13),
                                               rent: Money(cents: 1_000), rentPayment: .atTill), actorId: Fixtures.camille.id))])
        // Signed with the rent to pay at the till: the line goes on the ticket.
        let line = Self.page(rentPaid: false).rentals[0].rentLine
        _ = App.update(&state, .consignment(.rentalSigned(Self.page(rentPaid: false), rentLine: line, message: "Box B07 loué.")))
        #expect(state.screen == .sale && state.sale.cart.lines == [line])
        #expect(state.status.text.contains("encaissez-le (F5)"))
    }

    @Test func itemsAreTypedOneAfterTheOther() {
        var state = Self.atBoard()
        _ = App.update(&state, .consignment(.sellerPageLoaded(Self.page(), message: nil)))
        expectGolden(App.view(state), "seller-page")
        state.press(.function(2))
        state.type("Pull rouge", then: .enter)
        #expect(state.type("4,50", then: .enter) == [.consignment(.registerItem(rentalId: 4, sellerId: 2, description: "Pull rouge",
                                                                   price: Money(cents: 450), actorId: Fixtures.camille.id))])
        let item = ConsignedItem(id: 13, rentalId: 4, number: 4, boxCode: "B07", description: "Pull rouge", price: Money(cents: 450))
        var page = Self.page()
        page.items.append(item)
        _ = App.update(&state, .consignment(.itemRegistered(item, page)))
        #expect(state.consignment.form?.fields.map(\.text) == ["", ""] && state.consignment.form?.focus == 0)
        state.type("Vase", then: .enter)
        #expect(state.type("0", then: .enter).isEmpty)
        #expect(state.status.text == "Prix (€) : un article en dépôt a un prix d'au moins 0,01 €.")
        state.press(.escape)
        #expect(state.consignment.form == nil)
    }

    @Test func aPayoutNeedsAResponsableAndNeverMoreThanTheBalance() {
        var state = Self.atBoard()
        _ = App.update(&state, .consignment(.sellerPageLoaded(Self.page(), message: nil)))
        state.press(.function(6))
        #expect(state.consignment.form?.fields[0].text == "6,00")
        state.press(.backspace, .backspace, .backspace, .backspace)
        state.type("6,01")
        #expect(state.press(.function(2)).isEmpty)
        #expect(state.status.text == "Montant (€) : pas plus que le solde (6,00 €).")
        state.press(.backspace)
        state.type("0")
        #expect(state.press(.function(2)).isEmpty)
        guard case .approval(let form)? = state.overlay else { Issue.record("no approval"); return }
        #expect(form.purpose == .payout(sellerId: 2, name: "Lucie Petit", amount: Money(cents: 600), method: .cash))
        #expect(form.reason.text == "reversement au déposant")
    }

    @Test func endingARentalListsTheUnsoldItemsToReturnOrDonate() {
        var state = Self.atBoard()
        _ = App.update(&state, .consignment(.sellerPageLoaded(Self.page(), message: nil)))
        #expect(state.press(.function(7)) == [.consignment(.endRentalEarly(rentalId: 4, sellerId: 2, actorId: Fixtures.camille.id))])
        _ = App.update(&state, .consignment(.sellerPageLoaded(Self.page(), message: "Location terminée")))
        #expect(state.consignment.page?.ending == true)
        #expect(state.consignment.page?.shownItems.map(\.number) == [2, 3])
        #expect(state.press(.char("r")) == [.consignment(.endItem(itemId: 11, sellerId: 2, donatedGrams: nil, donated: false, actorId: Fixtures.camille.id))])
        state.press(.down, .char("d"))
        state.type("0,4")
        #expect(state.press(.function(2)) == [.consignment(.endItem(itemId: 12, sellerId: 2, donatedGrams: 400, donated: true, actorId: Fixtures.camille.id))])
    }

    @Test func aLabelOrAHandwrittenBoxAndPriceIsResolvedAtTheTill() {
        var state = Fixtures.atSale()
        #expect(state.type("v4-0029", then: .enter) == [.sale(.resolveLabel("V4-0029"))])
        #expect(state.type("B07 4,50", then: .enter) == [.sale(.resolveHandwritten(box: "B07", price: Money(cents: 450)))])
        #expect(state.type("b07+3", then: .enter) == [.sale(.resolveHandwritten(box: "B07", price: Money(cents: 300)))])
        let line = CartLine(code: "V4-002-9", label: "B07 Service à café", activity: .videGreniers, unitPrice: Money(cents: 1_200),
                            rentalId: 4, itemId: 11)
        _ = App.update(&state, .sale(.consignedLineResolved(line)))
        _ = App.update(&state, .sale(.consignedLineResolved(line)))
        #expect(state.sale.cart.lines == [line])
        #expect(state.status.text.contains("déjà sur ce ticket"))
        // A piece is unique: its quantity stays 1.
        state.press(.function(3))
        state.type("2", then: .enter)
        #expect(state.sale.cart.lines[0].quantity == 1)
    }

    @Test func aRentTicketPrintsItsReceiptWithoutAsking() {
        var state = Fixtures.atSale()
        state.context.receipts = .ask(default: false)
        _ = App.update(&state, .consignment(.rentalSigned(Self.page(rentPaid: false), rentLine: Self.page(rentPaid: false).rentals[0].rentLine,
                                             message: "Box B07 loué.")))
        state.press(.enter)
        state.type("10", then: .enter)
        let effects = App.update(&state, .sale(.saleCommitted(number: 5, change: .zero)))
        #expect(effects == [.sale(.printReceipt(number: 5, duplicate: false, openDrawer: true, operatorId: Fixtures.camille.id))])
        #expect(state.overlay == nil)
    }

    @Test func theStatementShowsOnThePageAndPrints() {
        var state = Self.atBoard()
        _ = App.update(&state, .consignment(.sellerPageLoaded(Self.page(), message: nil)))
        #expect(state.press(.function(5)) == [.consignment(.loadStatement(sellerId: 2, from: Self.today, to: Self.today))])
        let page = Self.page()
        let sale = SellerStatement.Sale(at: Fixtures.now, ticket: 12, boxCode: "B07", item: page.items[0].code,
                                        description: "Lampe de chevet", price: Money(cents: 800),
                                        split: CommissionSplit(price: Money(cents: 800), rateBasisPoints: 2_500))
        let payout = Payout(id: 1, sellerId: 2, amount: Money(cents: 400), method: .cash, at: Fixtures.now, till: "Caisse 1",
                            authorizedBy: "Sophie")
        _ = App.update(&state, .consignment(.statementLoaded(SellerStatement(seller: Self.lucie, from: Self.today, to: Self.today, sales: [sale],
                                                                rentDeducted: [], payouts: [payout], openingBalance: .zero))))
        let canvas = App.view(state)
        expectGolden(canvas, "seller-statement")
        #expect(canvas.row(21).trimmingCharacters(in: .whitespaces).hasSuffix("Solde à la fin          2,00 €"))
        #expect(state.press(.function(2)) == [.consignment(.printStatement(sellerId: 2, from: Self.today, to: Self.today))])
        state.press(.escape)
        #expect(state.consignment.page?.statement == nil)
    }
}
