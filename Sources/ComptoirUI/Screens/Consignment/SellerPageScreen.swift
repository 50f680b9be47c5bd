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
        case items, rent, labels, statement, payout, end, extend, file, collectRent, collectDebt
    }

    /// The page without a seller loaded: handle ignores every key until it comes.
    static let waitingKeys = KeyTable<ConsignmentKeysContext, Action>([
        KeyBinding(.escape, "Retour aux box", .back),
    ])

    static let statementKeys = KeyTable<ConsignmentKeysContext, StatementAction>([
        KeyBinding(.function(2), alt: .alt("p"), "Imprimer le relevé", .print),
        KeyBinding(.escape, "Fermer le relevé", .close),
    ])

    /// End of rental: each unsold item returned or donated. The first binding answering
    /// to a key wins: ↑ is taken before "↑↓".
    static let endingKeys = KeyTable<ConsignmentKeysContext, Action>([
        KeyBinding(.up, "Précédent", .previous).hidden,
        KeyBinding(.upDown, "Choisir", .next),
        KeyBinding(.tab, "Location", .nextRental).hidden,
        KeyBinding(.char("r"), "Rendre", help: "L'article choisi est rendu au déposant", .giveBack),
        KeyBinding(.char("d"), "Donner", help: "L'article choisi est donné à la friperie (avec son poids)", .donate),
        KeyBinding(.escape, "Terminer", .back),
    ])

    static let pageKeys = KeyTable<ConsignmentKeysContext, Action>([
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
        // Only a seller who owes the shop shows the key; otherwise it says so.
        KeyBinding(.alt("d"), "Encaisser la dette", help: "Met la dette du déposant (ou une partie) au ticket", .collectDebt)
            .shown { $0.consignment.page.map { $0.balance.isNegative } == true },
        KeyBinding(.escape, "Retour aux box", .back),
    ])

    static func hints(_ keys: ConsignmentKeysContext, for place: KeyPlaces) -> [KeyHint] {
        guard let page = keys.consignment.page else { return waitingKeys.hints(keys, for: place) }
        if page.statement != nil { return statementKeys.hints(keys, for: place) }
        return (page.ending ? endingKeys : pageKeys).hints(keys, for: place)
    }

    static func handle(_ consignment: inout ConsignmentState, _ context: ConsignmentContext, _ key: Key) -> ([Effect], [ConsignmentOutput]) {
        guard var page = consignment.page, let user = context.user else { return ([], []) }
        defer { if consignment.mode == .seller, consignment.page?.seller.id == page.seller.id { consignment.page = page } }
        let keys = ConsignmentKeysContext(consignment: consignment, context: context)
        let today = context.today
        if let statement = page.statement {
            switch statementKeys.action(for: key, keys) {
            case .close?:
                page.statement = nil
                return ([], [.status(StatusLine())])
            case .print?:
                return ([.consignment(.printStatement(sellerId: page.seller.id, from: statement.from, to: statement.to))],
                        [.status(.info("Impression du relevé…"))])
            case nil:
                return ([], [])
            }
        }
        guard let action = (page.ending ? endingKeys : pageKeys).action(for: key, keys) else {
            if page.ending, page.item == nil { return ([], [.status(.info("Plus aucun article en box : Échap."))]) }
            return ([], [])
        }
        let rental = page.rental
        switch action {
        case .back:
            if page.ending {
                page.ending = false
                let left = page.shownItems.filter { $0.status == .inStock }.count
                return ([], [.status(.info(left == 0 ? "Location soldée : plus aucun article en box."
                                                     : "Encore \(left) article\(left == 1 ? "" : "s") en box : F7 pour les rendre ou les donner."))])
            }
            consignment.mode = .board
            return ([.consignment(.loadBoard(today))], [.status(StatusLine())])
        case .previous:
            page.itemIndex = max(0, page.itemIndex - 1)
            return ([], [])
        case .next:
            page.itemIndex = min(max(0, page.shownItems.count - 1), page.itemIndex + 1)
            return ([], [])
        case .nextRental:
            // Ending is only ever set on a rental, so the list is empty only on a page.
            guard !page.rentals.isEmpty else { return ([], []) }
            page.rentalIndex = (page.rentalIndex + 1) % page.rentals.count
            page.itemIndex = 0
            page.ending = false
            return ([], [])
        case .giveBack:
            guard let item = page.item else { return ([], [.status(.info("Plus aucun article en box : Échap."))]) }
            return ([.consignment(.endItem(itemId: item.id, sellerId: page.seller.id, donatedGrams: nil, donated: false, actorId: user.id))], [])
        case .donate:
            guard let item = page.item else { return ([], [.status(.info("Plus aucun article en box : Échap."))]) }
            consignment.form = ConsignmentForm(.donate(item))
            return ([], [.status(.info("Poids de l'article donné à la friperie, puis F2."))])
        case .items:
            guard let rental, rental.rental.to >= today else {
                return ([], [.status(.error("Pas de location en cours : louez d'abord un box au déposant (F3)."))])
            }
            consignment.form = ConsignmentForm(.items(rentalId: rental.rental.id, boxCode: rental.rental.boxCode))
            return ([], [.status(.info("Description, Entrée, prix, Entrée : l'article est enregistré. Échap termine."))])
        case .rent:
            if let missing = page.seller.registreProblem { return ([], [.status(.error(missing))]) }
            consignment.form = ConsignmentForm(.rental(sellerId: page.seller.id), box: BoxBoardScreen.chosenFreeBox(consignment),
                                               today: today)
            return ([], [.status(.info("Box, début, durée et loyer, puis F2 : le contrat s'imprime."))])
        case .labels:
            guard let rental else { return noRental }
            return ([.consignment(.printLabels(rentalId: rental.rental.id, operatorId: user.id))], [.status(.info("Impression des étiquettes…"))])
        case .statement:
            let from = rental?.rental.from ?? today.firstOfMonth
            return ([.consignment(.loadStatement(sellerId: page.seller.id, from: min(from, today), to: today))], [])
        case .payout:
            guard page.balance.cents > 0 else {
                return ([], [.status(.error("\(page.seller.fullName) n'a rien à recevoir (solde \(page.balance.formatted))."))])
            }
            consignment.form = ConsignmentForm(.payout(sellerId: page.seller.id, balance: page.balance))
            return ([], [.status(.info("Montant et mode du reversement, puis F2 : un responsable le valide."))])
        case .end:
            guard let rental else { return noRental }
            page.ending = true
            page.itemIndex = 0
            if rental.rental.to >= today {
                return ([.consignment(.endRentalEarly(rentalId: rental.rental.id, sellerId: page.seller.id, actorId: user.id))], [])
            }
            return ([], [.status(.info("Fin de location : R rend l'article choisi, D le donne à la friperie."))])
        case .extend:
            guard let rental else { return noRental }
            consignment.form = ConsignmentForm(.extend(rental))
            return ([], [.status(.info("Durée de la prolongation, puis F2."))])
        case .file:
            consignment.form = ConsignmentForm(.seller(page.seller))
            return ([], [.status(.info("Corrigez la fiche, puis F2."))])
        case .collectRent:
            guard let rental, rental.rentDue.cents > 0 else {
                return ([], [.status(.error("Aucun loyer à encaisser pour cette location."))])
            }
            guard !context.rentOnTicket.contains(rental.rental.id) else {
                return ([], [.backToSale, .status(.error("Le loyer de \(rental.rental.boxCode) est déjà au ticket : encaissez-le (F5)."))])
            }
            return ([], [.addToTicket(rental.rentLine),
                         .status(.success("Loyer de \(rental.rental.boxCode) (\(rental.rentDue.formatted)) au ticket : encaissez-le (F5)."))])
        case .collectDebt:
            return collectDebt(&consignment, page, context)
        }
    }

    /// Opens the window of the seller's debt: the whole debt proposed, a part may be typed.
    static func collectDebt(_ consignment: inout ConsignmentState, _ page: SellerPage,
                            _ context: ConsignmentContext) -> ([Effect], [ConsignmentOutput]) {
        let owed = SellerDebt.owed(balance: page.balance)
        guard owed.cents > 0, let rental = page.rentals.first else {
            return ([], [.status(.error("\(page.seller.fullName) ne doit rien à la boutique (solde \(page.balance.formatted))."))])
        }
        guard !page.rentals.contains(where: { context.debtOnTicket.contains($0.rental.id) }) else {
            return ([], [.backToSale, .status(.error("La dette de \(page.seller.fullName) est déjà au ticket : encaissez-la (F5)."))])
        }
        consignment.form = ConsignmentForm(.debt(sellerName: page.seller.fullName, rentalId: rental.rental.id, owed: owed))
        return ([], [.status(.info("Montant payé (toute la dette, ou une partie), puis F2 : la ligne va au ticket."))])
    }

    private static let noRental: ([Effect], [ConsignmentOutput]) =
        ([], [.status(.error("Ce déposant n'a pas de location : louez-lui un box (F3)."))])

    static func view(_ consignment: ConsignmentState, _ context: ConsignmentContext, keyBarHeight: Int, _ canvas: inout Canvas) {
        guard let page = consignment.page else { return }
        let s = page.seller
        canvas.put("\(s.firstName) \(s.lastName.uppercased()) · déposant n° \(s.id)", x: 2, y: 2, style: .bold)
        let balance = SellerDebt.label(balance: page.balance).map { "\($0) (Alt+D)" } ?? "Solde : \(page.balance.formatted)"
        canvas.put(balance, x: canvas.width - 2 - balance.count, y: 2, style: page.balance.isNegative ? .error : .bold)
        let contact = [s.phone, s.email, "\(s.document.label) \(s.documentNumber)", s.iban == nil ? "" : "IBAN enregistré"]
            .filter { !$0.isEmpty }.joined(separator: " · ")
        canvas.put(contact, x: 2, y: 3, maxWidth: canvas.width - 4)
        if let last = page.payouts.first {
            let total = page.payouts.reduce(Money.zero) { $0 + $1.amount }
            let count = page.payouts.count
            let text = "Dernier reversement : \(last.amount.formatted) le \(FrenchDay.short(last.at, context.timeZone)) (\(last.method.label))"
                + (count > 1 ? " · \(count) en tout, \(total.formatted)" : "")
            canvas.put(text, x: 2, y: 4, style: Style(dim: true), maxWidth: canvas.width - 4)
        }
        if let statement = page.statement {
            drawStatement(statement, context, keyBarHeight: keyBarHeight, &canvas)
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
        let rows = ConsignmentScreen.rows(keyBarHeight: keyBarHeight, canvas, top: y + 2)
        let first = max(0, min(page.itemIndex - rows + 1, items.count - rows))
        for (i, item) in items.enumerated().dropFirst(first).prefix(rows) {
            let text = (i == page.itemIndex ? "▶ " : "  ") + Chrome.pad(item.code.text, 12) + Chrome.pad(item.description, 30)
                + Chrome.right(item.price.formatted, 10) + "  " + item.status.label
            let style: Style = i == page.itemIndex ? .selected : (item.status == .inStock ? .plain : Style(dim: true))
            canvas.put(text, x: 1, y: y + 2 + i - first, style: style, maxWidth: canvas.width - 2)
        }
    }

    private static func drawStatement(_ st: SellerStatement, _ context: ConsignmentContext, keyBarHeight: Int, _ canvas: inout Canvas) {
        canvas.put("Relevé du \(st.from.french) au \(st.to.french)", x: 2, y: 5, style: .bold)
        let totals = [
            ("Ventes", st.gross), ("Solde au début", st.openingBalance),
            ("Commission", -st.commission), ("Loyer déduit", -st.rent),
            ("Part du déposant", st.share), ("Reversements", -st.paidOut),
        ] + (st.debtPaid.isEmpty ? [] : [("Dette payée", st.debtPaidTotal)])
        let bottom = 6 + ConsignmentScreen.rows(keyBarHeight: keyBarHeight, canvas, top: 6)
        let totalsTop = bottom - 4
        for (i, (label, amount)) in totals.enumerated() {
            canvas.put(Chrome.pad(label, 18) + Chrome.right(amount.formatted, 12), x: i % 2 == 0 ? 4 : 44,
                       y: totalsTop + i / 2)
        }
        canvas.put(Chrome.pad("Solde à la fin", 18) + Chrome.right(st.closingBalance.formatted, 12), x: 44, y: totalsTop + 3,
                   style: .bold)
        let width = canvas.width - 4
        var lines: [String] = st.sales.map { sale in
            Chrome.pad(FrenchDay.short(sale.at, context.timeZone), 7) + Chrome.pad(sale.item?.text ?? "manuscrite", 11)
                + Chrome.pad(sale.description, width - 28) + Chrome.right(sale.price.formatted, 10)
        }
        lines += st.payouts.map {
            Chrome.pad(FrenchDay.short($0.at, context.timeZone), 7) + Chrome.pad("Reversement (\($0.method.label))", width - 17)
                + Chrome.right((-$0.amount).formatted, 10)
        }
        lines += st.debtPaid.map {
            Chrome.pad(FrenchDay.short($0.at, context.timeZone), 7) + Chrome.pad("Dette payée à la caisse", width - 17)
                + Chrome.right($0.amount.formatted, 10)
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
