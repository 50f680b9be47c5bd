import Foundation
import ComptoirCore

/// One seller: their file, balance, rentals and items; from here the till registers
/// items, prints labels, rents a box, takes the rent, shows and prints the statement,
/// pays out (a responsable), extends a rental and ends it (unsold items returned or
/// donated).
enum SellerPageScreen {
    enum StatementAction: Sendable { case print, close }
    enum Action: Sendable {
        case previous, next, nextRental, back
        case giveBack, donate
        case items, rent, labels, statement, payout, end, extend, file, collectRent
    }

    /// The page without a seller loaded: handle ignores every key until it comes.
    static let waitingKeys = KeyTable<AppState, Action>([
        KeyBinding(.escape, "Retour aux box", .back),
    ])

    static let statementKeys = KeyTable<AppState, StatementAction>([
        KeyBinding(.function(2), alt: .alt("p"), "Imprimer le relevé", .print),
        KeyBinding(.escape, "Fermer le relevé", .close),
    ])

    /// End of rental: each unsold item returned or donated. The first binding answering
    /// to a key wins: ↑ is taken before "↑↓".
    static let endingKeys = KeyTable<AppState, Action>([
        KeyBinding(.up, "Précédent", .previous).hidden,
        KeyBinding(.upDown, "Choisir", .next),
        KeyBinding(.tab, "Location", .nextRental).hidden,
        KeyBinding(.char("r"), "Rendre", help: "L'article choisi est rendu au déposant", .giveBack),
        KeyBinding(.char("d"), "Donner", help: "L'article choisi est donné à la friperie (avec son poids)", .donate),
        KeyBinding(.escape, "Terminer", .back),
    ])

    static let pageKeys = KeyTable<AppState, Action>([
        KeyBinding(.up, "Précédent", .previous).hidden,
        KeyBinding(.upDown, "Article", .next),
        KeyBinding(.tab, "Location", help: "Passe à la location suivante du déposant", .nextRental),
        KeyBinding(.function(2), alt: .alt("a"), "Articles", help: "Enregistre des articles dans le box loué", .items),
        KeyBinding(.function(3), alt: .alt("l"), "Louer", help: "Loue un box au déposant (le box libre choisi)", .rent),
        KeyBinding(.function(4), alt: .alt("e"), "Étiquettes", help: "Imprime les étiquettes des articles en box", .labels),
        KeyBinding(.function(5), alt: .alt("r"), "Relevé", help: "Ventes, commission, part, loyer, reversements et solde", .statement),
        KeyBinding(.function(6), alt: .alt("v"), "Reverser", help: "Paie le déposant (un responsable), jamais plus que le solde", .payout),
        KeyBinding(.function(7), alt: .alt("f"), "Fin de location", help: "Termine la location ; les invendus sont rendus ou donnés", .end),
        KeyBinding(.function(8), alt: .alt("g"), "Prolonger", .extend),
        KeyBinding(.function(9), alt: .alt("m"), "Fiche", help: "Corrige la fiche du déposant", .file),
        // Without rent due the key says so.
        KeyBinding(.alt("c"), "Encaisser le loyer", help: "Met le loyer dû au ticket", .collectRent)
            .shown { $0.consignment.page?.rental.map { $0.rentDue.cents > 0 } == true },
        KeyBinding(.escape, "Retour aux box", .back),
    ])

    static func hints(_ state: AppState, for place: KeyPlaces) -> [KeyHint] {
        guard let page = state.consignment.page else { return waitingKeys.hints(state, for: place) }
        if page.statement != nil { return statementKeys.hints(state, for: place) }
        return (page.ending ? endingKeys : pageKeys).hints(state, for: place)
    }

    static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var page = state.consignment.page, let user = state.user else { return [] }
        defer { if state.consignment.mode == .seller, state.consignment.page?.seller.id == page.seller.id { state.consignment.page = page } }
        let today = ConsignmentScreen.today(state)
        if let statement = page.statement {
            switch statementKeys.action(for: key, state) {
            case .close?:
                page.statement = nil
                state.status = StatusLine()
            case .print?:
                state.status = .info("Impression du relevé…")
                return [.consignment(.printStatement(sellerId: page.seller.id, from: statement.from, to: statement.to))]
            case nil:
                break
            }
            return []
        }
        guard let action = (page.ending ? endingKeys : pageKeys).action(for: key, state) else {
            if page.ending, page.item == nil { state.status = .info("Plus aucun article en box : Échap.") }
            return []
        }
        let rental = page.rental
        switch action {
        case .back:
            if page.ending {
                page.ending = false
                let left = page.shownItems.filter { $0.status == .inStock }.count
                state.status = .info(left == 0 ? "Location soldée : plus aucun article en box."
                                               : "Encore \(left) article\(left == 1 ? "" : "s") en box : F7 pour les rendre ou les donner.")
                return []
            }
            state.consignment.mode = .board
            state.status = StatusLine()
            return [.consignment(.loadBoard(today))]
        case .previous:
            page.itemIndex = max(0, page.itemIndex - 1)
            return []
        case .next:
            page.itemIndex = min(max(0, page.shownItems.count - 1), page.itemIndex + 1)
            return []
        case .nextRental:
            // Ending is only ever set on a rental, so the list is empty only on a page.
            guard !page.rentals.isEmpty else { return [] }
            page.rentalIndex = (page.rentalIndex + 1) % page.rentals.count
            page.itemIndex = 0
            page.ending = false
            return []
        case .giveBack:
            guard let item = page.item else {
                state.status = .info("Plus aucun article en box : Échap.")
                return []
            }
            return [.consignment(.endItem(itemId: item.id, sellerId: page.seller.id, donatedGrams: nil, donated: false, actorId: user.id))]
        case .donate:
            guard let item = page.item else {
                state.status = .info("Plus aucun article en box : Échap.")
                return []
            }
            state.consignment.form = ConsignmentForm(.donate(item))
            state.status = .info("Poids de l'article donné à la friperie, puis F2.")
            return []
        case .items:
            guard let rental, rental.rental.to >= today else {
                state.status = .error("Pas de location en cours : louez d'abord un box au déposant (F3).")
                return []
            }
            state.consignment.form = ConsignmentForm(.items(rentalId: rental.rental.id, boxCode: rental.rental.boxCode))
            state.status = .info("Description, Entrée, prix, Entrée : l'article est enregistré. Échap termine.")
        case .rent:
            state.consignment.form = ConsignmentForm(.rental(sellerId: page.seller.id), box: BoxBoardScreen.chosenFreeBox(state),
                                                     today: today)
            state.status = .info("Box, début, durée et loyer, puis F2 : le contrat s'imprime.")
        case .labels:
            guard let rental else { return noRental(&state) }
            state.status = .info("Impression des étiquettes…")
            return [.consignment(.printLabels(rentalId: rental.rental.id, operatorId: user.id))]
        case .statement:
            let from = rental?.rental.from ?? today.firstOfMonth
            return [.consignment(.loadStatement(sellerId: page.seller.id, from: min(from, today), to: today))]
        case .payout:
            guard page.balance.cents > 0 else {
                state.status = .error("\(page.seller.fullName) n'a rien à recevoir (solde \(page.balance.formatted)).")
                return []
            }
            state.consignment.form = ConsignmentForm(.payout(sellerId: page.seller.id, balance: page.balance))
            state.status = .info("Montant et mode du reversement, puis F2 : un responsable le valide.")
        case .end:
            guard let rental else { return noRental(&state) }
            if rental.rental.to >= today {
                page.ending = true
                page.itemIndex = 0
                return [.consignment(.endRentalEarly(rentalId: rental.rental.id, sellerId: page.seller.id, actorId: user.id))]
            }
            page.ending = true
            page.itemIndex = 0
            state.status = .info("Fin de location : R rend l'article choisi, D le donne à la friperie.")
        case .extend:
            guard let rental else { return noRental(&state) }
            state.consignment.form = ConsignmentForm(.extend(rental))
            state.status = .info("Durée de la prolongation, puis F2.")
        case .file:
            state.consignment.form = ConsignmentForm(.seller(page.seller))
            state.status = .info("Corrigez la fiche, puis F2.")
        case .collectRent:
            guard let rental, rental.rentDue.cents > 0 else {
                state.status = .error("Aucun loyer à encaisser pour cette location.")
                return []
            }
            guard !state.sale.cart.lines.contains(where: { $0.activity == .loyer && $0.rentalId == rental.rental.id }) else {
                state.status = .error("Le loyer de \(rental.rental.boxCode) est déjà au ticket : encaissez-le (F5).")
                state.screen = .sale
                return []
            }
            state.sale.cart.add(rental.rentLine)
            state.sale.selected = state.sale.cart.lines.count - 1
            state.screen = .sale
            state.status = .success("Loyer de \(rental.rental.boxCode) (\(rental.rentDue.formatted)) au ticket : encaissez-le (F5).")
        }
        return []
    }

    private static func noRental(_ state: inout AppState) -> [Effect] {
        state.status = .error("Ce déposant n'a pas de location : louez-lui un box (F3).")
        return []
    }

    static func view(_ state: AppState, _ canvas: inout Canvas) {
        guard let page = state.consignment.page else { return }
        let s = page.seller
        canvas.put("\(s.firstName) \(s.lastName.uppercased()) · déposant n° \(s.id)", x: 2, y: 2, style: .bold)
        let balance = "Solde : \(page.balance.formatted)"
        canvas.put(balance, x: canvas.width - 2 - balance.count, y: 2, style: page.balance.isNegative ? .error : .bold)
        let contact = [s.phone, s.email, "\(s.document.label) \(s.documentNumber)", s.iban == nil ? "" : "IBAN enregistré"]
            .filter { !$0.isEmpty }.joined(separator: " · ")
        canvas.put(contact, x: 2, y: 3, maxWidth: canvas.width - 4)
        if let last = page.payouts.first {
            let total = page.payouts.reduce(Money.zero) { $0 + $1.amount }
            let count = page.payouts.count
            let text = "Dernier reversement : \(last.amount.formatted) le \(FrenchDay.short(last.at, state.context.timeZone)) (\(last.method.label))"
                + (count > 1 ? " · \(count) en tout, \(total.formatted)" : "")
            canvas.put(text, x: 2, y: 4, style: Style(dim: true), maxWidth: canvas.width - 4)
        }
        if let statement = page.statement {
            drawStatement(statement, state, &canvas)
            return
        }
        var y = 5
        if page.rentals.isEmpty {
            canvas.put("Aucune location : F3 pour louer un box.", x: 3, y: y, style: Style(dim: true))
            return
        }
        let start = max(0, min(page.rentalIndex - 1, page.rentals.count - 2))
        for (i, r) in page.rentals.enumerated().dropFirst(start).prefix(2) {
            let rent = r.rental.rentPayment == .atTill
                ? (r.rentDue.cents > 0 ? "loyer \(r.rental.rent.formatted), dû \(r.rentDue.formatted)" : "loyer \(r.rental.rent.formatted) payé")
                : "loyer \(r.rental.rent.formatted) déduit"
            let text = (i == page.rentalIndex ? "▶ " : "  ") + "\(r.title) · \(CommissionSplit.rateLabel(r.rental.rateBasisPoints)) · \(rent)"
            canvas.put(text, x: 1, y: y, style: i == page.rentalIndex ? .bold : .plain, maxWidth: canvas.width - 2)
            y += 1
        }
        if page.rentals.count > 2 { canvas.put("(\(page.rentals.count) locations : Tab pour les autres)", x: 3, y: 7, style: Style(dim: true)) }
        y = 8
        canvas.put(page.ending ? "Fin de location : articles encore en box" : "Articles", x: 2, y: y, style: .bold)
        canvas.put("  " + Chrome.pad("Étiquette", 12) + Chrome.pad("Description", 30) + Chrome.right("Prix", 10) + "  État",
                   x: 1, y: y + 1, style: .bold)
        let items = page.shownItems
        if items.isEmpty {
            canvas.put(page.ending ? "Plus rien en box : la location est soldée (Échap)." : "Aucun article : F2 pour les enregistrer.",
                       x: 3, y: y + 2, style: Style(dim: true))
        }
        let rows = ConsignmentScreen.rows(state, canvas, top: y + 2)
        let first = max(0, min(page.itemIndex - rows + 1, items.count - rows))
        for (i, item) in items.enumerated().dropFirst(first).prefix(rows) {
            let text = (i == page.itemIndex ? "▶ " : "  ") + Chrome.pad(item.code.text, 12) + Chrome.pad(item.description, 30)
                + Chrome.right(item.price.formatted, 10) + "  " + item.status.label
            let style: Style = i == page.itemIndex ? .selected : (item.status == .inStock ? .plain : Style(dim: true))
            canvas.put(text, x: 1, y: y + 2 + i - first, style: style, maxWidth: canvas.width - 2)
        }
    }

    private static func drawStatement(_ st: SellerStatement, _ state: AppState, _ canvas: inout Canvas) {
        canvas.put("Relevé du \(st.from.french) au \(st.to.french)", x: 2, y: 5, style: .bold)
        let totals = [
            ("Ventes", st.gross), ("Solde au début", st.openingBalance),
            ("Commission", -st.commission), ("Loyer déduit", -st.rent),
            ("Part du déposant", st.share), ("Reversements", -st.paidOut),
        ]
        let bottom = 6 + ConsignmentScreen.rows(state, canvas, top: 6)
        let totalsTop = bottom - 4
        for (i, (label, amount)) in totals.enumerated() {
            canvas.put(Chrome.pad(label, 18) + Chrome.right(amount.formatted, 12), x: i % 2 == 0 ? 4 : 44,
                       y: totalsTop + i / 2)
        }
        canvas.put(Chrome.pad("Solde à la fin", 18) + Chrome.right(st.closingBalance.formatted, 12), x: 44, y: totalsTop + 3,
                   style: .bold)
        let width = canvas.width - 4
        var lines: [String] = st.sales.map { sale in
            Chrome.pad(FrenchDay.short(sale.at, state.context.timeZone), 7) + Chrome.pad(sale.item?.text ?? "manuscrite", 11)
                + Chrome.pad(sale.description, width - 28) + Chrome.right(sale.price.formatted, 10)
        }
        lines += st.payouts.map {
            Chrome.pad(FrenchDay.short($0.at, state.context.timeZone), 7) + Chrome.pad("Reversement (\($0.method.label))", width - 17)
                + Chrome.right((-$0.amount).formatted, 10)
        }
        if lines.isEmpty { lines = ["Aucune vente ni reversement sur la période."] }
        let rows = max(1, totalsTop - 1 - 6)
        for (i, line) in lines.prefix(rows).enumerated() {
            canvas.put(line, x: 2, y: 6 + i, maxWidth: width)
        }
        if lines.count > rows {
            canvas.put("… \(lines.count - rows + 1) lignes de plus sur le relevé imprimé (F2)", x: 2, y: 6 + rows - 1,
                       style: Style(dim: true))
        }
    }
}
