import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// A seller who owes the shop: « Doit … » on the board and their page, and Alt+D puts the
/// debt (or a part of it) on the ticket.
@Suite struct SellerDebtScreenTests {
    typealias T = ConsignmentScreenTests

    static func indebtedPage() -> SellerPage {
        var page = T.page()
        page.balance = Money(cents: -1_250)
        return page
    }

    @Test func theBoardShowsWhatTheSellerOwes() {
        var state = Fixtures.atSale(as: Fixtures.camille)
        state.press(.alt("v"))
        var board = T.board
        board[2].sellerBalance = Money(cents: -1_250)  // B03, Marc Lefèvre
        _ = App.update(&state, .consignment(.boardLoaded(board, message: nil)))
        state.press(.right, .right)
        let canvas = App.view(state)
        expectGolden(canvas, "box-board-debt")
        #expect(canvas.row(6).contains("Doit 12,50 €"))
        #expect(!canvas.row(9).contains("Doit"))
    }

    @Test func thePageShowsTheDebtAndAltDPutsItOnTheTicket() {
        var state = T.atBoard()
        _ = App.update(&state, .consignment(.sellerPageLoaded(Self.indebtedPage(), message: nil)))
        let page = App.view(state)
        expectGolden(page, "seller-page-debt")
        #expect(page.row(2).contains("Doit 12,50 €"))
        #expect(App.view(state).text.contains("Encaisser la dette"))
        #expect(state.press(.alt("d")) == [])
        let window = App.view(state)
        expectGolden(window, "seller-debt-window")
        #expect(window.row(2).contains("Dette de Lucie Petit : doit 12,50 €"))
        #expect(state.press(.function(2)) == [])
        let line = SellerDebt.line(sellerName: "Lucie Petit", rentalId: 4, amount: Money(cents: 1_250))
        #expect(state.screen == .sale && state.sale.cart.lines == [line])
        #expect(state.status.text.contains("Dette vendeur Lucie Petit"))
    }

    @Test func aPartMayBeTypedButNeverMoreThanOwed() {
        var state = T.atBoard()
        _ = App.update(&state, .consignment(.sellerPageLoaded(Self.indebtedPage(), message: nil)))
        state.press(.alt("d"))
        state.press(.backspace, .backspace, .backspace, .backspace, .backspace)
        state.type("13")
        state.press(.function(2))
        #expect(state.screen == .consignment && state.sale.cart.isEmpty)
        #expect(state.status.text.contains("pas plus que la dette (12,50 €)"))
        state.press(.backspace, .backspace)
        state.type("5")
        state.press(.function(2))
        #expect(state.sale.cart.lines.map(\.amount) == [Money(cents: 500)])
        #expect(state.sale.cart.lines.first?.activity == .detteDeposant)
        // Back on the page, the debt is already on the ticket: not twice.
        state.press(.alt("v"))
        _ = App.update(&state, .consignment(.sellerPageLoaded(Self.indebtedPage(), message: nil)))
        state.press(.alt("d"))
        #expect(state.screen == .sale && state.status.text.contains("déjà au ticket"))
        #expect(state.sale.cart.lines.count == 1)
    }

    @Test func aSellerWhoOwesNothingHasNoDebtKey() {
        var state = T.atBoard()
        _ = App.update(&state, .consignment(.sellerPageLoaded(T.page(), message: nil)))
        #expect(!App.view(state).text.contains("Encaisser la dette"))
        state.press(.alt("d"))
        #expect(state.consignment.form == nil && state.sale.cart.isEmpty)
    }
}
