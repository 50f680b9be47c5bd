import Foundation
import Testing
import ComptoirCore
@testable import ComptoirUI

/// A state of the app reached through `App.update`, as a volunteer would reach it.
struct Visit: CustomStringConvertible {
    let name: String
    let state: AppState
    var description: String { name }
}

/// Every screen and every overlay, each reached by keys and messages, for the tests that
/// look at all of them (`everyScreenFitsAt80x24`).
enum ScreenTour {
    /// `Screen`'s cases, listed. `init` has no `default`: a new screen does not compile here
    /// until it gets a case, and its case does not compile in `visits` until it is visited.
    enum ScreenCase: CaseIterable {
        case setup, login, openTill, sale, payment, refund, users, households, rules, stock, consignment, closing, friperie
        case categories
        case shopSettings

        init(_ screen: Screen) {
            switch screen {
            case .setup: self = .setup
            case .login: self = .login
            case .openTill: self = .openTill
            case .sale: self = .sale
            case .payment: self = .payment
            case .refund: self = .refund
            case .users: self = .users
            case .households: self = .households
            case .rules: self = .rules
            case .stock: self = .stock
            case .consignment: self = .consignment
            case .closing: self = .closing
            case .friperie: self = .friperie
            case .categories: self = .categories
            case .shopSettings: self = .shopSettings
            }
        }
    }

    /// `Overlay`'s cases and each confirmation, listed the same way.
    enum OverlayCase: CaseIterable {
        case help, approval, parked, confirmQuit, confirmAbandonTicket, confirmDeactivate, confirmReactivate, confirmReceipt,
            confirmClosePeriod, confirmRetention

        init(_ overlay: Overlay) {
            switch overlay {
            case .help: self = .help
            case .approval: self = .approval
            case .parked: self = .parked
            case .confirm(.quit): self = .confirmQuit
            case .confirm(.abandonTicket): self = .confirmAbandonTicket
            case .confirm(.deactivate): self = .confirmDeactivate
            case .confirm(.reactivate): self = .confirmReactivate
            case .confirm(.receipt): self = .confirmReceipt
            case .confirm(.closePeriod): self = .confirmClosePeriod
            case .confirm(.applyRetention): self = .confirmRetention
            }
        }
    }

    /// Every screen in its main states, then every overlay, then the help over every screen.
    static var all: [Visit] {
        let screens = ScreenCase.allCases.flatMap(visits)
        return screens + OverlayCase.allCases.flatMap(visits)
            + screens.filter { $0.state.overlay == nil }.map { visit in
                var state = visit.state
                state.press(.function(1))
                return Visit(name: "help over \(visit.name)", state: state)
            }
    }

    static func visits(_ screen: ScreenCase) -> [Visit] {
        switch screen {
        case .shopSettings:
            return [Visit(name: "shop-settings-first-start", state: ShopSettingsScreenTests.afterFirstAccount()),
                    Visit(name: "shop-settings", state: ShopSettingsScreenTests.filled())]
        case .setup:
            var state = firstStart()
            let empty = state
            state.type("Sophie", then: .enter)
            state.type("12", then: .enter)
            state.type("12", then: .enter)
            return [Visit(name: "setup", state: empty), Visit(name: "setup-short-pin", state: state)]
        case .login:
            var state = Fixtures.atLogin()
            state.type("11")
            var refused = Fixtures.atLogin()
            _ = App.update(&refused, .login(.loginRefused(.wrongPin(remainingBeforeLock: 6, waitSeconds: 4))))
            return [Visit(name: "login", state: state), Visit(name: "login-wrong-pin", state: refused),
                    Visit(name: "login-real", state: Fixtures.atLogin(demo: false))]
        case .openTill:
            var state = Fixtures.atLogin()
            _ = App.update(&state, .login(.loggedIn(Fixtures.camille, nil)))
            return [Visit(name: "open-till", state: state)]
        case .sale:
            var training = Fixtures.atSale(as: Fixtures.sophie)
            training.training = true
            var refused = Fixtures.atSale()
            let pasta = Product(code: "3038350012005", name: "Spaghetti 500 g", marketPrice: Money(cents: 115), stock: 100)
            _ = App.update(&refused, .sale(.codeResolved(code: pasta.code, quantity: 1, item: .product(pasta))))
            return [Visit(name: "sale-empty", state: Fixtures.atSale()),
                    Visit(name: "sale-empty-manager", state: Fixtures.atSale(as: Fixtures.sophie)),
                    Visit(name: "sale-training", state: training),
                    Visit(name: "sale-three-lines", state: PaymentScreenTests.withTicket()),
                    Visit(name: "sale-household", state: EpicerieSaleTests.withHousehold()),
                    Visit(name: "sale-grocery-refused", state: refused)]
        case .payment:
            var state = PaymentScreenTests.withTicket()
            state.press(.enter)
            var split = state
            split.type("3", then: .function(2))
            var locked = state
            if let commit = locked.press(.enter).first {
                _ = App.update(&locked, .failed("Vente NON enregistrée : La base est occupée par un autre programme Comptoir (une autre caisse ou une sauvegarde en cours). Rien n'a été enregistré : attendez quelques secondes et réessayez.", request: commit))
            }
            var creditNote = CreditNotePaymentTests.paying()
            creditNote.press(.function(11))
            return [Visit(name: "payment", state: state), Visit(name: "payment-split", state: split),
                    Visit(name: "payment-database-busy", state: locked), Visit(name: "payment-credit-note", state: creditNote)]
        case .refund:
            var state = RefundScreenTests.atRefund()
            state.press(.char("+"), .down, .down, .char(" "), .function(3))
            return [Visit(name: "refund", state: RefundScreenTests.atRefund()), Visit(name: "refund-chosen", state: state)]
        case .users:
            var manager = Fixtures.atSale(as: Fixtures.sophie)
            manager.press(.function(8))
            _ = App.update(&manager, .login(.usersLoaded(Fixtures.users)))
            var adding = manager
            adding.press(.function(2))
            var volunteer = Fixtures.atSale()
            volunteer.press(.function(8))
            _ = App.update(&volunteer, .login(.usersLoaded(Fixtures.users)))
            volunteer.press(.function(6))
            return [Visit(name: "users", state: manager), Visit(name: "users-add", state: adding),
                    Visit(name: "users-own-pin", state: volunteer)]
        case .households:
            var file = HouseholdsScreenTests.atHouseholds()
            file.press(.function(2))
            return [Visit(name: "households", state: HouseholdsScreenTests.atHouseholds()),
                    Visit(name: "household-file", state: file)]
        case .rules:
            var state = HouseholdsScreenTests.atHouseholds()
            state.press(.function(4))
            return [Visit(name: "rules", state: state)]
        case .stock:
            var arrival = StockScreenTests.atStock(as: Fixtures.sophie)
            arrival.press(.function(2))
            return [Visit(name: "stock", state: StockScreenTests.atStock(as: Fixtures.sophie)),
                    Visit(name: "stock-arrival", state: arrival)]
        case .consignment:
            var sellers = ConsignmentScreenTests.atBoard()
            sellers.press(.function(2))
            _ = App.update(&sellers, .consignment(.sellersFound([ConsignmentScreenTests.lucie])))
            var page = ConsignmentScreenTests.atBoard()
            _ = App.update(&page, .consignment(.sellerPageLoaded(ConsignmentScreenTests.page(), message: nil)))
            var item = page
            item.press(.function(2))
            var rental = page
            rental.press(.function(3))
            var statement = page
            statement.press(.function(5))
            let sold = ConsignmentScreenTests.page().items[0]
            let sale = SellerStatement.Sale(at: Fixtures.now, ticket: 12, boxCode: "B07", item: sold.code, description: sold.description,
                                            price: sold.price, split: CommissionSplit(price: sold.price, rateBasisPoints: 2_500))
            _ = App.update(&statement, .consignment(.statementLoaded(SellerStatement(
                seller: ConsignmentScreenTests.lucie, from: ConsignmentScreenTests.today, to: ConsignmentScreenTests.today,
                sales: [sale], rentDeducted: [], payouts: [], openingBalance: .zero))))
            return [Visit(name: "box-board", state: ConsignmentScreenTests.atBoard()),
                    Visit(name: "sellers", state: sellers), Visit(name: "seller-page", state: page),
                    Visit(name: "consignment-item", state: item), Visit(name: "consignment-rental", state: rental),
                    Visit(name: "seller-statement", state: statement)]
        case .closing:
            var chart = ClosingScreenTests.atClosing()
            chart.press(.function(4))
            var loading = Fixtures.atSale()
            loading.press(.alt("z"))
            return [Visit(name: "closing-loading", state: loading),
                    Visit(name: "closing", state: ClosingScreenTests.atClosing()),
                    Visit(name: "closing-chart", state: chart)]
        case .friperie:
            var outflow = FriperieScreenTests.atFriperie(scale: true)
            outflow.press(.function(2), .down)
            var chart = FriperieScreenTests.atFriperie()
            chart.press(.function(7))
            _ = App.update(&chart, .friperie(.friperieFiguresLoaded(FriperieScreenTests.year)))
            return [Visit(name: "friperie", state: FriperieScreenTests.atFriperie()),
                    Visit(name: "friperie-outflow", state: outflow), Visit(name: "friperie-chart", state: chart)]
        case .categories:
            var form = CategoriesScreenTests.atCategories()
            form.press(.function(2))
            return [Visit(name: "categories", state: CategoriesScreenTests.atCategories()),
                    Visit(name: "categories-form", state: form)]
        }
    }

    static func visits(_ overlay: OverlayCase) -> [Visit] {
        switch overlay {
        case .help:
            var state = Fixtures.atSale()
            state.press(.function(1))
            return [Visit(name: "help", state: state)]
        case .approval:
            var drawer = DrawerApprovalTests.atSaleWithPrinter()
            drawer.press(.function(11))
            var close = ClosingScreenTests.atClosing()
            close.type("1")
            close.press(.function(5))
            var training = Fixtures.atSale(as: Fixtures.sophie)
            training.press(.function(8))
            _ = App.update(&training, .login(.usersLoaded(Fixtures.users)))
            training.press(.function(5))
            return [Visit(name: "approval-drawer", state: drawer), Visit(name: "approval-close", state: close),
                    Visit(name: "approval-training", state: training)]
        case .parked:
            var state = Fixtures.atSale()
            state.press(.alt("t"))
            _ = App.update(&state, .sale(.parkedLoaded(ParkingScreenTests.waiting)))
            return [Visit(name: "parked", state: state)]
        case .confirmQuit:
            var state = PaymentScreenTests.withTicket()
            state.press(.function(10))
            return [Visit(name: "confirm-quit", state: state)]
        case .confirmAbandonTicket:
            var state = PaymentScreenTests.withTicket()
            state.press(.function(6))
            return [Visit(name: "confirm-abandon", state: state)]
        case .confirmDeactivate:
            var state = Fixtures.atSale(as: Fixtures.sophie)
            state.press(.function(8))
            _ = App.update(&state, .login(.usersLoaded(Fixtures.users)))
            state.press(.down, .function(4))
            return [Visit(name: "confirm-deactivate", state: state)]
        case .confirmReactivate:
            let jean = UserSummary(id: 4, firstName: "Jean", role: .admin)
            var locked = Fixtures.karim
            locked.locked = true
            var state = Fixtures.atSale(as: jean)
            state.press(.function(8))
            _ = App.update(&state, .login(.usersLoaded([Fixtures.camille, locked, Fixtures.sophie, jean])))
            state.press(.down, .function(8))
            return [Visit(name: "confirm-reactivate", state: state)]
        case .confirmReceipt:
            return [Visit(name: "confirm-receipt", state: ReceiptTests.paid(receipts: .ask(default: true)).0)]
        case .confirmClosePeriod:
            return [Visit(name: "confirm-close-period", state: PeriodDueTests.asked().state)]
        case .confirmRetention:
            return [Visit(name: "confirm-retention", state: PeriodDueTests.retentionAsked())]
        }
    }

    /// A till with no user yet: the setup screen.
    static func firstStart() -> AppState {
        var (state, _) = App.start(context: Fixtures.context(demo: false), width: 80, height: 24, now: Fixtures.now)
        _ = App.update(&state, .login(.usersLoaded([])))
        return state
    }
}
