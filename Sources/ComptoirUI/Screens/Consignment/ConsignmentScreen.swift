import ComptoirCore

/// The vide-greniers (Alt+V from the sale screen): the board of boxes, the sellers, and a
/// seller's page. Anyone at the till rents boxes, registers sellers and items and prints
/// labels; a payout needs a responsable.
enum ConsignmentScreen {
    static func hints(_ state: AppState, for place: KeyPlaces) -> [KeyHint] {
        if let form = state.consignment.form { return ConsignmentFormScreen.keys(form).hints(state, for: place) }
        switch state.consignment.mode {
        case .board: return BoxBoardScreen.keys.hints(state, for: place)
        case .sellers: return SellersScreen.keys.hints(state, for: place)
        case .seller: return SellerPageScreen.hints(state, for: place)
        }
    }

    /// Opens the board on the box chosen last time (the volunteer comes back to it).
    static func open(_ state: inout AppState) -> [Effect] {
        let selected = state.consignment.selected
        state.consignment = ConsignmentState()
        state.consignment.selected = selected
        state.screen = .consignment
        state.status = .info("Vide-greniers : choisissez un box (flèches) ; Entrée ouvre sa location.")
        return [.consignment(.loadBoard(today(state)))]
    }

    static func today(_ state: AppState) -> CalendarDay { CalendarDay(state.now, in: state.context.timeZone) }

    static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        if state.consignment.form != nil { return ConsignmentFormScreen.handle(&state, key) }
        switch state.consignment.mode {
        case .board: return BoxBoardScreen.handle(&state, key)
        case .sellers: return SellersScreen.handle(&state, key)
        case .seller: return SellerPageScreen.handle(&state, key)
        }
    }

    static func receive(_ consignment: inout ConsignmentState, training: Bool, _ msg: ConsignmentMsg) -> [ConsignmentOutput] {
        switch msg {
        case .boardLoaded(let board, let message):
            consignment.board = board
            consignment.selected = min(consignment.selected, max(0, board.count - 1))
            guard let message else { return [] }
            consignment.form = nil
            return [.approvalDone, .status(.success(message))]
        case .sellersFound(let sellers):
            consignment.sellers = sellers
            consignment.sellerList.clamp(count: sellers.count)
            return []
        case .sellerPageLoaded(let page, let message):
            let opening = consignment.mode != .seller
            showPage(&consignment, page)
            if let message {
                consignment.form = nil
                return [.approvalDone, .status(.success(message))]  // a new IBAN, allowed
            }
            return opening ? [.status(.info("\(page.seller.fullName) : F2 articles, F4 étiquettes, F5 relevé, F6 reverser."))] : []
        case .rentalSigned(let page, let rentLine, let message):
            consignment.form = nil
            showPage(&consignment, page)
            // Rent paid at the till: the line goes on the ticket, the volunteer takes it.
            guard let rentLine else { return [.status(.success(message))] }
            return [.addToTicket(rentLine), .status(.success(message + " Le loyer est au ticket : encaissez-le (F5)."))]
        case .itemRegistered(let item, let page):
            showPage(&consignment, page)
            if case .items? = consignment.form?.kind {
                consignment.form?.fields[0].input.clear()
                consignment.form?.fields[1].input.clear()
                consignment.form?.focus = 0
            }
            return [.status(.success("Article \(item.code.text) enregistré : \(item.description), \(item.price.formatted). Suivant, ou Échap."))]
        case .statementLoaded(let statement):
            consignment.page?.statement = statement
            return [.status(.info("Relevé du \(statement.from.french) au \(statement.to.french). F2 : l'imprimer."))]
        case .payoutMade(let page, let method, let message):
            consignment.form = nil
            showPage(&consignment, page)
            return [.approvalDone,
                    .status(.success(message + (training && method == .cash ? " " + AppState.trainingDrawer + "." : "")))]
        }
    }

    private static func showPage(_ consignment: inout ConsignmentState, _ page: SellerPage) {
        var page = page
        page.keepChoice(of: consignment.page?.seller.id == page.seller.id ? consignment.page : nil)
        consignment.page = page
        consignment.mode = .seller
    }

    static func view(_ state: AppState, _ canvas: inout Canvas) {
        if let form = state.consignment.form {
            ConsignmentFormScreen.view(state, form, &canvas)
            return
        }
        switch state.consignment.mode {
        case .board: BoxBoardScreen.view(state, &canvas)
        case .sellers: SellersScreen.view(state, &canvas)
        case .seller: SellerPageScreen.view(state, &canvas)
        }
    }

    /// Rows left for a list starting at `top`, above the status line and key bar.
    static func rows(_ state: AppState, _ canvas: Canvas, top: Int) -> Int {
        max(1, canvas.height - Chrome.keyBarHeight(App.hints(state), width: canvas.width) - 1 - top)
    }
}
