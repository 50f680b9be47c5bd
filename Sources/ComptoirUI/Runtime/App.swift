import Foundation
import ComptoirCore

/// The interface as a pure state machine (the Elm architecture): `update` takes a message
/// and returns the work to do; `view` draws the state. No terminal, no database here.
public enum App {
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    /// The state at start and the first work to do.
    public static func start(context: AppContext, width: Int, height: Int, now: Date) -> (AppState, [Effect]) {
        (AppState(context: context, width: width, height: height, now: now), [.login(.loadUsers)])
    }

    public static func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        switch msg {
        case .resize(let w, let h):
            state.width = w
            state.height = h
            return []
        case .tick(let date):
            state.now = date
            return []
        case .key(let key):
            return handle(&state, key)
        case .login(let msg):
            return login(&state, msg)
        case .users(let msg):
            return users(&state, msg)
        case .sale(let msg):
            return sale(&state, msg)
        case .payment(let msg):
            return payment(&state, msg)
        case .households(let msg):
            return households(&state, msg)
        case .stock(let msg):
            return stock(&state, msg)
        case .consignment(let msg):
            return consignment(&state, msg)
        case .closing(let msg):
            return closing(&state, msg)
        case .friperie(let msg):
            return friperie(&state, msg)
        case .scaleAnswered(let grams, let problem):
            // The back door asks the scale too; the sale screen keeps the other answers.
            if state.screen == .friperie { return friperieScale(&state, grams: grams, problem: problem) }
            return saleScale(&state, grams: grams, problem: problem)
        case .failed(let message, let request):
            // Only the request that failed gives its form back: a late printing failure
            // leaves a responsable's form or a payment in progress alone.
            if request.approval != nil, case .approval? = state.overlay { state.overlay = nil }
            if case .sale(.commitSale) = request { state.payment.committing = false }
            if case .sale(.openDrawer) = request { state.sale.drawerRetry = true }
            if case .payment(.lookUpCreditNote(let code)) = request, state.payment.asking == .checkingCreditNote(code) {
                state.payment.asking = .creditNote
            }
            state.status = .error(message)
            return []
        case .approvalRefused(let refusal):
            return OverlayScreen.approvalRefused(&state, refusal)
        case .trainingChanged(let on, let base, let name):
            state.training = on
            state.trainingBase = on ? base : 0
            state.user = nil
            state.session = nil
            state.sale = SaleState()
            state.payment = PaymentState()
            state.refund = nil
            state.lastTicket = nil
            state.pendingPrint = nil
            state.login = LoginState()
            state.overlay = nil
            state.screen = .login
            state.status = on
                ? .success("Mode formation (autorisé par \(name), noté au journal) : ventes fictives, tickets F-1, F-2… Connectez-vous.")
                : .success("Retour à la vraie caisse (autorisé par \(name), noté au journal). Connectez-vous.")
            return []
        case .notice(let message):
            state.status = .info(message)
            return []
        case .printerPolled(let printer):
            printerPolled(&state, printer)
            return []
        case .categories(let msg):
            return categories(&state, msg)
        case .shopSettings(let msg):
            return shopSettings(&state, msg)
        }
    }

    /// The logged-in user as the latest list says (their role may just have changed).
    static func refreshUser(_ state: inout AppState) {
        guard let id = state.user?.id, let fresh = state.users.first(where: { $0.id == id }) else { return }
        state.user = fresh
    }

    private static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        // Behind « Fenêtre trop petite » nothing acts unseen: only quitting, whose question
        // that screen shows.
        guard fits(state) else {
            if case .confirm(.quit)? = state.overlay { return OverlayScreen.handle(&state, .confirm(.quit), key) }
            if closingKeys.action(for: key, state) == .quit { state.overlay = .confirm(.quit) }
            return []
        }
        if let overlay = state.overlay {
            return OverlayScreen.handle(&state, overlay, key)
        }
        switch (openingKeys + closingKeys).action(for: key, state) {
        case .help?:
            HelpOverlay.open(&state)
            return []
        case .quit?:
            state.overlay = .confirm(.quit)
            return []
        case nil:
            break
        }
        switch state.screen {
        case .setup: return handleSetup(&state, key)
        case .login: return handleLogin(&state, key)
        case .openTill: return handleOpenTill(&state, key)
        case .sale: return handleSale(&state, key)
        case .payment: return handlePayment(&state, key)
        case .refund: return handleRefund(&state, key)
        case .users: return handleUsers(&state, key)
        case .households: return handleHouseholds(&state, key)
        case .rules: return handleRules(&state, key)
        case .stock: return handleStock(&state, key)
        case .consignment: return handleConsignment(&state, key)
        case .closing: return handleClosing(&state, key)
        case .friperie: return handleFriperie(&state, key)
        case .categories: return handleCategories(&state, key)
        case .shopSettings: return handleShopSettings(&state, key)
        }
    }

    /// What the app's own keys do, whatever the screen.
    enum AppAction: Equatable, Sendable { case help, quit }

    /// Listed before the screen's keys.
    static let openingKeys = KeyTable<AppState, AppAction>([
        KeyBinding(.function(1), alt: .alt("h"), "Aide", help: "Affiche cette aide", .help),
    ])

    /// Listed after the screen's keys.
    static let closingKeys = KeyTable<AppState, AppAction>([
        KeyBinding(.function(10), alt: .alt("x"), "Quitter", help: "Quitter Comptoir (demande confirmation)", .quit),
        KeyBinding(.ctrl("q"), "Quitter", .quit).hidden,
        KeyBinding(.ctrl("c"), "Quitter", .quit).hidden,
    ])

    /// The keys that work on the current screen: the key bar shows them, the help (F1)
    /// explains them.
    public static func hints(_ state: AppState, for place: KeyPlaces = .bar) -> [KeyHint] {
        let screenHints: [KeyHint]
        switch state.screen {
        case .setup: screenHints = setupHints(state, place)
        case .login: screenHints = loginHints(state, place)
        case .openTill: screenHints = openTillHints(state, place)
        case .sale: screenHints = saleHints(state, place)
        case .payment: screenHints = paymentHints(state, place)
        case .refund: screenHints = refundHints(state, place)
        case .users: screenHints = usersHints(state, place)
        case .households: screenHints = householdsHints(state, place)
        case .rules: screenHints = rulesHints(state, place)
        case .stock: screenHints = stockHints(state, place)
        case .consignment: screenHints = consignmentHints(state, place)
        case .closing: screenHints = closingHints(state, place)
        case .friperie: screenHints = friperieHints(state, place)
        case .categories: screenHints = categoriesHints(state, place)
        case .shopSettings: screenHints = shopSettingsHints(state, place)
        }
        return openingKeys.hints(state, for: place) + screenHints + closingKeys.hints(state, for: place)
    }

    public static func view(_ state: AppState) -> Canvas {
        var canvas = Canvas(width: state.width, height: state.height)
        guard fits(state) else {
            drawTooSmall(&canvas, state)
            return canvas
        }
        let right = [state.context.tillName, state.user?.firstName, Chrome.clock(state.now, state.context.timeZone)]
            .compactMap { $0 }.joined(separator: " · ")
        Chrome.titleBar(&canvas, left: "Comptoir — \(state.context.shopName)", right: right)
        if state.training {
            Chrome.trainingBanner(&canvas)
        } else if state.context.isDemo {
            Chrome.demoBanner(&canvas)
        }
        let hints = hints(state)
        let barHeight = Chrome.keyBarHeight(hints, width: canvas.width)
        switch state.screen {
        case .setup: viewSetup(state, barHeight: barHeight, &canvas)
        case .login: viewLogin(state, barHeight: barHeight, &canvas)
        case .openTill: viewOpenTill(state, barHeight: barHeight, &canvas)
        case .sale: viewSale(state, barHeight: barHeight, &canvas)
        case .payment: viewPayment(state, barHeight: barHeight, &canvas)
        case .refund: viewRefund(state, barHeight: barHeight, &canvas)
        case .users: viewUsers(state, barHeight: barHeight, &canvas)
        case .households: viewHouseholds(state, barHeight: barHeight, &canvas)
        case .rules: viewRules(state, barHeight: barHeight, &canvas)
        case .stock: viewStock(state, barHeight: barHeight, &canvas)
        case .consignment: viewConsignment(state, barHeight: barHeight, &canvas)
        case .closing: viewClosing(state, barHeight: barHeight, &canvas)
        case .friperie: viewFriperie(state, barHeight: barHeight, &canvas)
        case .categories: viewCategories(state, barHeight: barHeight, &canvas)
        case .shopSettings: viewShopSettings(state, barHeight: barHeight, &canvas)
        }
        Chrome.status(&canvas, state.status, y: canvas.height - barHeight - 1)
        Chrome.keyBar(&canvas, hints)
        if let overlay = state.overlay {
            OverlayScreen.view(state, overlay, &canvas)
        }
        return canvas
    }

    /// The window is large enough to show a screen.
    static func fits(_ state: AppState) -> Bool {
        state.width >= minimumWidth && state.height >= minimumHeight
    }

    private static func drawTooSmall(_ canvas: inout Canvas, _ state: AppState) {
        var lines = [
            "Fenêtre trop petite.",
            "Agrandissez-la à \(minimumWidth) × \(minimumHeight) au moins",
            "(actuellement \(state.width) × \(state.height)).",
            "",
        ]
        if case .confirm(.quit)? = state.overlay {
            lines.append("Quitter Comptoir ?")
            if !state.sale.cart.isEmpty { lines.append("Le ticket en cours ne sera pas enregistré.") }
            lines.append("O = oui     N ou Échap = non")
        } else {
            lines.append("Les touches n'agissent pas. F10 : quitter.")
        }
        for (i, line) in lines.enumerated() {
            let y = state.height / 2 - 1 + i
            canvas.put(line, x: max(0, (state.width - line.count) / 2), y: y, style: i == 0 ? .bold : .plain)
        }
    }
}
