import ComptoirCore

/// The vide-greniers (Alt+V from the sale screen): the board of boxes, the sellers, and a
/// seller's page. Anyone at the till rents boxes, registers sellers and items and prints
/// labels; a payout needs a responsable.
enum ConsignmentScreen {
    static func hints(_ consignment: ConsignmentState, _ context: ConsignmentContext, for place: KeyPlaces) -> [KeyHint] {
        let keys = ConsignmentKeysContext(consignment: consignment, context: context)
        if let form = consignment.form { return ConsignmentFormScreen.keys(form).hints(keys, for: place) }
        switch consignment.mode {
        case .board: return BoxBoardScreen.keys.hints(keys, for: place)
        case .sellers: return SellersScreen.keys.hints(keys, for: place)
        case .seller: return SellerPageScreen.hints(keys, for: place)
        }
    }

    /// Opens the board on the box chosen last time (the volunteer comes back to it).
    static func open(_ consignment: inout ConsignmentState, _ context: ConsignmentContext) -> ([Effect], [ConsignmentOutput]) {
        let selected = consignment.selected
        consignment = ConsignmentState()
        consignment.selected = selected
        return ([.consignment(.loadBoard(context.today))],
                [.show, .status(.info("Vide-greniers : choisissez un box (flèches) ; Entrée ouvre sa location."))])
    }

    static func handle(_ consignment: inout ConsignmentState, _ context: ConsignmentContext, _ key: Key) -> ([Effect], [ConsignmentOutput]) {
        if consignment.form != nil { return ConsignmentFormScreen.handle(&consignment, context, key) }
        switch consignment.mode {
        case .board: return BoxBoardScreen.handle(&consignment, context, key)
        case .sellers: return SellersScreen.handle(&consignment, context, key)
        case .seller: return SellerPageScreen.handle(&consignment, context, key)
        }
    }

    static func receive(_ consignment: inout ConsignmentState, _ context: ConsignmentContext, _ msg: ConsignmentMsg) -> ([Effect], [ConsignmentOutput]) {
        switch msg {
        case .boardLoaded(let board, let message):
            consignment.board = board
            consignment.selected = min(consignment.selected, max(0, board.count - 1))
            guard let message else { return ([], []) }
            consignment.form = nil
            return ([], [.approvalDone, .status(.success(message))])
        case .sellersFound(let sellers):
            consignment.sellers = sellers
            consignment.sellerList.clamp(count: sellers.count)
            return ([], [])
        case .sellerPageLoaded(let page, let message):
            let opening = consignment.mode != .seller
            showPage(&consignment, page)
            if let message {
                consignment.form = nil
                return ([], [.approvalDone, .status(.success(message))])  // a new IBAN, allowed
            }
            return ([], opening ? [.status(.info("\(page.seller.fullName) : F2 articles, F4 étiquettes, F5 relevé, F6 reverser."))] : [])
        case .rentalSigned(let page, let rentLine, let message):
            consignment.form = nil
            showPage(&consignment, page)
            // Rent paid at the till: the line goes on the ticket, the volunteer takes it.
            guard let rentLine else { return ([], [.status(.success(message))]) }
            return ([], [.addToTicket(rentLine), .status(.success(message + " Le loyer est au ticket : encaissez-le (F5)."))])
        case .itemRegistered(let item, let page):
            showPage(&consignment, page)
            if case .items? = consignment.form?.kind {
                consignment.form?.fields[0].input.clear()
                consignment.form?.fields[1].input.clear()
                consignment.form?.focus = 0
            }
            return ([], [.status(.success("Article \(item.code.text) enregistré : \(item.description), \(item.price.formatted). Suivant, ou Échap."))])
        case .statementLoaded(let statement):
            consignment.page?.statement = statement
            return ([], [.status(.info("Relevé du \(statement.from.french) au \(statement.to.french). F2 : l'imprimer."))])
        case .payoutMade(let page, let method, let message):
            consignment.form = nil
            showPage(&consignment, page)
            let drawer = method == .cash ? context.trainingDrawer.map { " " + $0 + "." } ?? "" : ""
            return ([], [.approvalDone, .status(.success(message + drawer))])
        }
    }

    private static func showPage(_ consignment: inout ConsignmentState, _ page: SellerPage) {
        var page = page
        page.keepChoice(of: consignment.page?.seller.id == page.seller.id ? consignment.page : nil)
        consignment.page = page
        consignment.mode = .seller
    }

    /// `keyBarHeight`: the rows the app's key bar takes at the bottom of `canvas`.
    static func view(_ consignment: ConsignmentState, _ context: ConsignmentContext, keyBarHeight: Int, _ canvas: inout Canvas) {
        if let form = consignment.form {
            ConsignmentFormScreen.view(consignment, context, form, keyBarHeight: keyBarHeight, &canvas)
            return
        }
        switch consignment.mode {
        case .board: BoxBoardScreen.view(consignment, keyBarHeight: keyBarHeight, &canvas)
        case .sellers: SellersScreen.view(consignment, keyBarHeight: keyBarHeight, &canvas)
        case .seller: SellerPageScreen.view(consignment, context, keyBarHeight: keyBarHeight, &canvas)
        }
    }

    /// Rows left for a list starting at `top`, above the status line and key bar.
    static func rows(keyBarHeight: Int, _ canvas: Canvas, top: Int) -> Int {
        max(1, canvas.height - keyBarHeight - 1 - top)
    }
}
