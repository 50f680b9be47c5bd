@testable import ComptoirUI

/// Every key that acts on the current screen, read from its key tables (as each screen's
/// `hints` picks the table of its mode): what a complete help (F1) names.
enum HelpKeys {
    static func acting(_ state: AppState) -> [String] {
        App.openingKeys.keyNames(state) + screen(state) + App.closingKeys.keyNames(state)
    }

    private static func screen(_ state: AppState) -> [String] {
        switch state.screen {
        case .setup: return SetupScreen.keys.keyNames(state.setup)
        case .login: return LoginScreen.keys.keyNames(state.loginContext)
        case .openTill: return OpenTillScreen.keys.keyNames(state.openTillContext)
        case .sale: return SaleScreen.keys.keyNames(SaleKeysContext(sale: state.sale, context: state.saleContext))
        case .payment:
            let on = PaymentKeysContext(payment: state.payment, context: state.paymentContext)
            switch state.payment.asking {
            case .voucher?: return PaymentScreen.voucherKeys.keyNames(on)
            case .creditNote?, .checkingCreditNote?: return PaymentScreen.creditNoteKeys.keyNames(on)
            case nil: return PaymentScreen.keys.keyNames(on)
            }
        case .refund: return RefundScreen.keys.keyNames(state.refundContext)
        case .users:
            let context = state.usersContext
            if state.admin.pinForm != nil { return UsersScreen.pinFormKeys.keyNames(context) }
            if state.admin.form != nil, context.isManager { return UsersScreen.addFormKeys.keyNames(context) }
            return UsersScreen.listKeys.keyNames(context)
        case .households:
            let keys = HouseholdsKeysContext(households: state.households, context: state.householdsContext)
            return state.households.form != nil ? HouseholdsScreen.formKeys.keyNames(keys) : HouseholdsScreen.listKeys.keyNames(keys)
        case .rules: return RulesScreen.keys.keyNames(state.rulesContext)
        case .stock:
            let keys = StockKeysContext(stock: state.stock, context: state.stockContext)
            return state.stock.form != nil ? StockScreen.formKeys.keyNames(keys) : StockScreen.listKeys.keyNames(keys)
        case .consignment:
            let keys = ConsignmentKeysContext(consignment: state.consignment, context: state.consignmentContext)
            if let form = state.consignment.form { return ConsignmentFormScreen.keys(form).keyNames(keys) }
            switch state.consignment.mode {
            case .board: return BoxBoardScreen.keys.keyNames(keys)
            case .sellers: return SellersScreen.keys.keyNames(keys)
            case .seller:
                guard let page = state.consignment.page else { return SellerPageScreen.waitingKeys.keyNames(keys) }
                if page.statement != nil { return SellerPageScreen.statementKeys.keyNames(keys) }
                return (page.ending ? SellerPageScreen.endingKeys : SellerPageScreen.pageKeys).keyNames(keys)
            }
        case .closing:
            return ClosingScreen.keys.keyNames(ClosingScreen.KeysContext(closing: state.closing, context: state.closingContext))
        case .friperie:
            let keys = FriperieKeysContext(friperie: state.friperie, context: state.friperieContext)
            return state.friperie.chart ? FriperieScreen.chartKeys.keyNames(keys) : FriperieScreen.formKeys.keyNames(keys)
        case .categories:
            let keys = CategoriesKeysContext(state: state.categories, context: state.categoriesContext)
            return state.categories.form != nil ? CategoriesScreen.formKeys.keyNames(keys) : CategoriesScreen.listKeys.keyNames(keys)
        case .shopSettings: return ShopSettingsScreen.keys.keyNames(state.shopSettings)
        }
    }
}
