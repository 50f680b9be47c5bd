import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// The vide-greniers on their own slice of the state: they change only `ConsignmentState`
/// and ask the app for the rest (status, responsable, ticket, navigation) through outputs.
@Suite struct ConsignmentFeatureTests {
    typealias Screens = ConsignmentScreenTests

    static func context(as user: UserSummary = Fixtures.camille, training: Bool = false,
                        rentOnTicket: [Int64] = []) -> ConsignmentContext {
        ConsignmentContext(user: user, today: Screens.today, timeZone: Fixtures.context().timeZone,
                           commissionBasisPoints: 2_500, trainingDrawer: training ? AppState.trainingDrawer : nil,
                           rentOnTicket: rentOnTicket)
    }

    /// On the page of Lucie Petit, her rent of B07 not paid yet when `rentPaid` is false.
    static func onPage(rentPaid: Bool = true) -> ConsignmentState {
        var consignment = ConsignmentState()
        consignment.board = Screens.board
        consignment.mode = .seller
        consignment.page = Screens.page(rentPaid: rentPaid)
        return consignment
    }

    @Test func openingLoadsTheBoardOnTheBoxChosenLastTimeAndAsksToBeShown() {
        var consignment = Self.onPage()
        consignment.selected = 6
        let (effects, outputs) = ConsignmentScreen.open(&consignment, Self.context())
        #expect(effects == [.consignment(.loadBoard(Screens.today))])
        #expect(outputs.first == .show)
        #expect(consignment.mode == .board && consignment.page == nil && consignment.selected == 6)
    }

    @Test func escapeFromTheBoardGoesBackToSaleAndFromTheSellersToTheBoard() {
        var consignment = ConsignmentState()
        consignment.board = Screens.board
        #expect(ConsignmentScreen.handle(&consignment, Self.context(), .escape) == ([], [.backToSale, .status(StatusLine())]))
        consignment.mode = .sellers
        let (effects, outputs) = ConsignmentScreen.handle(&consignment, Self.context(), .escape)
        #expect(effects == [.consignment(.loadBoard(Screens.today))])
        #expect(!outputs.contains(.backToSale))
        #expect(consignment.mode == .board)
    }

    @Test func onlyAResponsableAddsABoxAndOnlyTheirKeyBarShowsIt() {
        var consignment = ConsignmentState()
        let (_, outputs) = ConsignmentScreen.handle(&consignment, Self.context(), .function(3))
        #expect(outputs == [.status(.error("Réservé aux responsables : demandez à un responsable."))])
        #expect(consignment.form == nil)
        #expect(!ConsignmentScreen.hints(consignment, Self.context(), for: .bar).contains { $0.label == "Nouveau box" })
        #expect(ConsignmentScreen.hints(consignment, Self.context(as: Fixtures.sophie), for: .bar).contains { $0.label == "Nouveau box" })
        _ = ConsignmentScreen.handle(&consignment, Self.context(as: Fixtures.sophie), .function(3))
        #expect(consignment.form?.kind == .box)
    }

    @Test func enterOnTheLastFieldOfTheNewBoxFormSavesIt() {
        var consignment = ConsignmentState()
        let sophie = Self.context(as: Fixtures.sophie)
        _ = ConsignmentScreen.handle(&consignment, sophie, .function(3))
        for (i, text) in ["B99", "étagère", "5", "15"].enumerated() {
            for c in text { _ = ConsignmentScreen.handle(&consignment, sophie, .char(c)) }
            let (effects, _) = ConsignmentScreen.handle(&consignment, sophie, .enter)
            if i < 3 {
                // Entrée on any other field moves on and saves nothing.
                #expect(effects.isEmpty)
                #expect(consignment.form?.focus == i + 1)
            } else {
                guard case .consignment(.saveBox(let box, actorId: Fixtures.sophie.id))? = effects.first else {
                    Issue.record("Entrée sur le dernier champ devrait enregistrer le box : \(effects)")
                    return
                }
                #expect(box.code == "B99")
            }
        }
    }

    @Test func aPayoutAsksAResponsableDirectlyWithoutAnyEffect() {
        var consignment = Self.onPage()
        _ = ConsignmentScreen.handle(&consignment, Self.context(), .function(6))
        #expect(consignment.form?.fields[0].text == "6,00")
        let (effects, outputs) = ConsignmentScreen.handle(&consignment, Self.context(), .function(2))
        #expect(effects.isEmpty)
        #expect(outputs == [.askApproval(.payout(sellerId: 2, name: "Lucie Petit", amount: Money(cents: 600), method: .cash),
                                         instruction: "Un responsable tape son code pour valider le reversement.")])
        // The form stays until the payout is made.
        #expect(consignment.form != nil)
    }

    @Test func aNewIBANAsksAResponsableAndAPhoneAloneIsSavedAtOnce() {
        var consignment = Self.onPage()
        _ = ConsignmentScreen.handle(&consignment, Self.context(), .function(9))
        consignment.form?.fields[3] = FormField("Téléphone", "06 00 00 00 00", maxLength: 20)
        let (saved, _) = ConsignmentScreen.handle(&consignment, Self.context(), .function(2))
        guard case .consignment(.saveSeller(let seller, actorId: Fixtures.camille.id))? = saved.first else {
            Issue.record("\(saved)"); return
        }
        #expect(seller.phone == "06 00 00 00 00")
        consignment.form?.fields[9] = FormField("IBAN (facult.)", "FR76 3000 6000 0112 3456 7890 189", maxLength: 42)
        let (effects, outputs) = ConsignmentScreen.handle(&consignment, Self.context(), .function(2))
        #expect(effects.isEmpty)
        guard case .askApproval(.sellerBankDetails(let changed), _)? = outputs.first else { Issue.record("\(outputs)"); return }
        #expect(changed.iban == "FR76 3000 6000 0112 3456 7890 189")
    }

    @Test func theRentDueGoesOnTheTicketOnceAndThenTheTillIsShown() {
        var consignment = Self.onPage(rentPaid: false)
        let rental = Screens.page(rentPaid: false).rentals[0]
        let (effects, outputs) = ConsignmentScreen.handle(&consignment, Self.context(), .alt("c"))
        #expect(effects.isEmpty)
        #expect(outputs.first == .addToTicket(rental.rentLine))
        let (_, again) = ConsignmentScreen.handle(&consignment, Self.context(rentOnTicket: [4]), .alt("c"))
        #expect(again == [.backToSale, .status(.error("Le loyer de B07 est déjà au ticket : encaissez-le (F5)."))])
    }

    @Test func aCashPayoutMadeInTrainingSaysTheDrawerStaysShut() {
        var consignment = Self.onPage()
        consignment.form = ConsignmentForm(.payout(sellerId: 2, balance: Money(cents: 600)))
        let (_, cash) = ConsignmentScreen.receive(&consignment, Self.context(training: true),
                                                  .payoutMade(Screens.page(), method: .cash, message: "Reversé."))
        #expect(cash == [.approvalDone, .status(.success("Reversé. " + AppState.trainingDrawer + "."))])
        #expect(consignment.form == nil)
        let (_, transfer) = ConsignmentScreen.receive(&consignment, Self.context(training: true),
                                                      .payoutMade(Screens.page(), method: .transfer, message: "Reversé."))
        #expect(transfer == [.approvalDone, .status(.success("Reversé."))])
    }

    @Test func aSignedRentalWithItsRentAtTheTillPutsItOnTheTicket() {
        var consignment = Self.onPage()
        let line = Screens.page(rentPaid: false).rentals[0].rentLine
        let (_, outputs) = ConsignmentScreen.receive(&consignment, Self.context(),
                                                     .rentalSigned(Screens.page(rentPaid: false), rentLine: line, message: "Box B07 loué."))
        #expect(outputs.first == .addToTicket(line))
        let (_, deducted) = ConsignmentScreen.receive(&consignment, Self.context(),
                                                      .rentalSigned(Screens.page(), rentLine: nil, message: "Box B07 loué."))
        #expect(deducted == [.status(.success("Box B07 loué."))])
    }

    @Test func theAppDoesTheOutputsAndTellsTheFeatureWhichRentIsOnTheTicket() {
        var state = Screens.atBoard()
        _ = App.update(&state, .consignment(.sellerPageLoaded(Screens.page(rentPaid: false), message: nil)))
        state.press(.alt("c"))
        let line = Screens.page(rentPaid: false).rentals[0].rentLine
        #expect(state.screen == .sale && state.sale.cart.lines == [line] && state.sale.selected == 0)
        #expect(state.consignmentContext.rentOnTicket == [4])
        state.screen = .consignment
        state.press(.alt("c"))
        #expect(state.screen == .sale && state.sale.cart.lines == [line])
        #expect(state.status == .error("Le loyer de B07 est déjà au ticket : encaissez-le (F5)."))
    }
}
