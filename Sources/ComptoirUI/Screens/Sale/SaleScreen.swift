import ComptoirCore

/// The sale screen. The code field always has the focus, so a scanner can type into it at
/// any moment; function keys act on the ticket.
enum SaleScreen {
    enum Action: Equatable, Sendable {
        case cancelMode, enter, move(Int), remove
        case freePrice, quantity, checkout, abandon, reprint, users, logout, drawer, cancellation, refund, park
        case households, stock, consignment, friperie, closing, override
    }

    @Sendable static func hasPrinter(_ state: AppState) -> Bool { state.context.receipts != .noPrinter }

    /// The keys that act on the ticket; every other key types into the code field. A key
    /// listed only for some still answers for all: its action says why it cannot be done.
    static let keys = KeyTable<AppState, Action>([
        // A bénévole finds their own PIN near the top of the help (a small window cuts its end).
        KeyBinding(.function(8), alt: .alt("u"), "Utilisateurs", help: "Change votre code PIN (écran Utilisateurs)", .users)
            .listed { $0.userIsManager ? .nowhere : .help },
        KeyBinding(.escape, "Annuler", .cancelMode).hidden,
        KeyBinding(.enter, "Ajouter", .enter).hidden,
        KeyBinding(.up, "Ligne précédente", .move(-1)).hidden,
        KeyBinding(.down, "Ligne suivante", .move(1)).hidden,
        KeyBinding(.pageUp, "Page précédente", .move(-10)).hidden,
        KeyBinding(.pageDown, "Page suivante", .move(10)).hidden,
        KeyBinding(.home, "Première ligne", .move(-Cart.maximumQuantity)).hidden,
        KeyBinding(.end, "Dernière ligne", .move(Cart.maximumQuantity)).hidden,
        KeyBinding(.function(2), alt: .alt("p"), "Prix libre", help: "Article à prix libre (prix tapé avant ou après F2)", .freePrice),
        KeyBinding(.function(3), alt: .alt("q"), "Quantité", help: "Change la quantité de la ligne choisie (↑ ↓)", .quantity),
        KeyBinding(.function(4), alt: .delete, "Suppr. ligne", help: "Enlève la ligne choisie du ticket", .remove),
        KeyBinding(.alt("s"), "Suppr. ligne", .remove).hidden,
        KeyBinding(.function(5), alt: .alt("e"), "Encaisser", help: "Passe au paiement (ou Entrée avec le champ vide)", .checkout),
        KeyBinding(.function(6), alt: .alt("a"), "Abandon", help: "Abandonne le ticket (confirmation) ; vide : retire le foyer", .abandon),
        KeyBinding(.function(7), alt: .alt("r"), "Réimprimer", help: "Duplicata du dernier ticket, ou du n° tapé avant F7", .reprint)
            .shown(when: hasPrinter),
        KeyBinding(.function(8), alt: .alt("u"), "Utilisateurs", help: "Ajoute, change ou désactive les bénévoles", .users)
            .shown { $0.userIsManager },
        KeyBinding(.function(9), alt: .alt("d"), "Déconnexion", help: "Change d'utilisateur : la caisse reste ouverte", .logout),
        KeyBinding(.function(11), alt: .alt("o"), "Tiroir", help: "Ouvre le tiroir sans vente (responsable et raison)", .drawer)
            .shown(when: hasPrinter),
        KeyBinding(.alt("k"), "Annulation", help: "Annule un ticket de la session : tapez son n° d'abord", .cancellation),
        KeyBinding(.alt("m"), "Rembourser", help: "Rembourse des articles : tapez le n° du ticket d'abord", .refund),
        KeyBinding(.function(12), alt: .alt("t"), "Attente", help: "Ticket en attente (ticket vide : en reprendre un)", .park),
        KeyBinding(.alt("f"), "Foyers", help: "Cherche un foyer de l'épicerie (ou scannez sa carte)", .households),
        KeyBinding(.alt("i"), "Stock", help: "Stock de l'épicerie : arrivées, inventaire, produits", .stock),
        KeyBinding(.alt("v"), "Vide-greniers", help: "Box, déposants, articles, relevés et reversements", .consignment),
        // Alt+P is F2's letter (free price): the back door's weighings take Alt+B (balance).
        KeyBinding(.alt("b"), "Pesées", help: "Dons et sorties de la friperie, pesés ; chiffres en kg", .friperie),
        KeyBinding(.alt("z"), "Clôture", help: "X à tout moment, comptage du tiroir et Z (un responsable)", .closing),
        KeyBinding(.alt("g"), "Dérogation", help: "Un responsable autorise ce que les règles refusent", .override)
            .shown { $0.sale.refused != nil || ($0.sale.household?.refusal != nil && $0.sale.override == nil) },
    ])

    // MARK: - update

    static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard let action = keys.action(for: key, state) else {
            _ = state.sale.code.handle(key)
            return []
        }
        switch action {
        case .cancelMode:
            if state.sale.mode != .code {
                state.sale.mode = .code
                state.sale.weighing = nil
                state.status = .info("Annulé.")
            }
            state.sale.code.clear()
            return []
        case .enter: return enter(&state)
        case .move(let delta):
            moveSelection(&state, by: delta)
            return []
        case .remove:
            removeSelected(&state)
            return []
        case .freePrice: return freePrice(&state)
        case .quantity: return quantity(&state)
        case .checkout: return checkout(&state)
        case .abandon:
            if state.sale.cart.isEmpty, let household = state.sale.household {
                // The next customer must not see this household's line.
                state.sale = SaleState()
                state.status = .info("Foyer \(household.code) retiré du ticket.")
            } else if state.sale.cart.isEmpty {
                state.status = .info("Le ticket est déjà vide.")
            } else {
                state.overlay = .confirm(.abandonTicket)
            }
            return []
        case .reprint: return reprint(&state)
        case .park: return parkOrList(&state)
        case .drawer: return askDrawer(&state)
        case .cancellation: return askCancellation(&state)
        case .refund: return askRefund(&state)
        case .users: return App.openUsers(&state)
        case .households: return App.openHouseholds(&state)
        case .override: return askOverride(&state)
        case .stock: return App.openStock(&state)
        case .consignment: return App.openConsignment(&state)
        case .closing: return App.openClosing(&state)
        case .friperie: return App.openFriperie(&state)
        case .logout: return logout(&state)
        }
    }

    private static func enter(_ state: inout AppState) -> [Effect] {
        let text = state.sale.code.trimmed
        switch state.sale.mode {
        case .freePrice:
            return addFreePrice(&state, text)
        case .quantity:
            applyQuantity(&state, text)
            return []
        case .weight:
            return enterWeight(&state, text)
        case .code:
            break
        }
        if text.isEmpty { return checkout(&state) }
        state.sale.code.clear()
        if let effect = consignedCode(text) { return [effect] }
        var quantity = 1
        var code = text
        if let star = text.firstIndex(of: "*") {
            let q = text[..<star].trimmingCharacters(in: .whitespaces)
            code = text[text.index(after: star)...].trimmingCharacters(in: .whitespaces)
            guard let n = Int(q), n >= 1, n <= Cart.maximumQuantity else {
                state.status = .error("Quantité « \(q) » invalide : tapez par exemple 3*1 pour 3 articles de la catégorie 1.")
                return []
            }
            guard !code.isEmpty else {
                state.status = .error("Après « \(q)* », tapez le n° de catégorie ou le code de l'article.")
                return []
            }
            quantity = n
        }
        if let key = Int(code), let category = state.context.categories.first(where: { $0.key == key }) {
            addCategory(&state, category, quantity: quantity)
            return weighingEffects(state)
        }
        if quantity == 1, let effects = householdCode(&state, code) { return effects }
        return [.sale(.resolveCode(code.uppercased(), quantity: quantity))]
    }

    /// A vide-greniers label (`V12-0073`), or a handwritten one typed as box and price
    /// (`B07 4,50` or `B07+4,50`).
    static func consignedCode(_ text: String) -> Effect? {
        let t = text.uppercased()
        if t.hasPrefix("V"), t.dropFirst().first?.isNumber == true { return .sale(.resolveLabel(t)) }
        let parts = t.split(whereSeparator: { $0 == " " || $0 == "+" })
        guard parts.count == 2, let letter = parts[0].first, letter.isLetter, parts[0].dropFirst().contains(where: \.isNumber),
              parts[0].allSatisfy({ $0.isLetter || $0.isNumber }),
              case .success(let price) = Money.parse(String(parts[1])) else { return nil }
        return .sale(.resolveHandwritten(box: String(parts[0]), price: price))
    }

    static func receive(_ state: inout AppState, _ msg: SaleMsg) -> [Effect] {
        switch msg {
        case .consignedLineResolved(let line):
            if let item = line.itemId, state.sale.cart.lines.contains(where: { $0.itemId == item }) {
                state.status = .error("L'article \(line.code ?? "") est déjà sur ce ticket : une pièce unique ne se vend qu'une fois.")
                return []
            }
            add(&state, line)
        case .codeResolved(let code, let quantity, let item):
            switch item {
            case nil where HouseholdCardCode.looksLikeOne(code):
                state.status = .error("Carte « \(code) » : le dernier chiffre (la clé) ne correspond pas. Scannez à nouveau la carte ou vérifiez le numéro.")
            case nil:
                state.status = .error("Code « \(code) » inconnu. Vérifiez-le, ou vendez au prix libre (F2).")
            case .category(let category)?:
                addCategory(&state, category, quantity: quantity)
                return weighingEffects(state)
            case .product(let product)?:
                addProduct(&state, product, quantity: quantity)
                return weighingEffects(state)
            }
        case .householdLoaded(let number, let standing):
            householdLoaded(&state, number: number, standing)
        case .overrideGranted(let managerId, let name, let reason):
            overrideGranted(&state, managerId: managerId, name: name, reason: reason)
        case .saleCommitted(let number, let change, let creditNote):
            // The drawer opens only when cash went in or out.
            let cash = state.payment.payments.contains { $0.method == .cash }
            // A box rent is a service whose receipt is always given, with its contract.
            let rent = state.sale.cart.lines.contains { $0.activity == .loyer }
            state.sale = SaleState()
            state.payment = PaymentState()
            state.screen = .sale
            state.status = .success("Vente n° \(state.ticketName(number)) enregistrée — rendu \(change.formatted)"
                + (announce(state, creditNote).map { ". " + $0 } ?? "")
                + (state.training && cash ? ". " + AppState.trainingDrawer : ""))
            return afterCommit(&state, number: number, cash: cash, mustPrint: creditNote != nil || rent)
        case .refundableLoaded(let ticket):
            guard ticket.lines.contains(where: { $0.refundable > 0 }) else {
                state.status = .error("Tout le ticket n° \(state.ticketName(ticket.number)) est déjà remboursé : rien à rendre.")
                return []
            }
            state.refund = RefundState(ticket: ticket)
            state.screen = .refund
            state.status = .info("Choisissez ce qui est rendu (Espace : toute la ligne), puis Entrée.")
        case .counterEntryCommitted(let entry):
            state.overlay = nil
            state.refund = nil
            state.screen = .sale
            let money = entry.cashBack.isZero ? ""
                : " Rendez \(entry.cashBack.formatted) en espèces." + (state.training ? " " + AppState.trainingDrawer + "." : "")
            let what: String
            switch entry.kind {
            case .cancellation:
                what = "Ticket n° \(state.ticketName(entry.original)) annulé par le ticket n° \(state.ticketName(entry.number)) (autorisé par \(entry.by))."
            case .refund:
                what = "Remboursement n° \(state.ticketName(entry.number)) du ticket n° \(state.ticketName(entry.original)) enregistré (autorisé par \(entry.by))."
            }
            state.status = .success(what + money + (announce(state, entry.creditNote).map { " " + $0 + "." } ?? ""))
            return afterCommit(&state, number: entry.number, cash: !entry.cashBack.isZero, mustPrint: entry.creditNote != nil)
        case .parked(let ticket):
            state.sale = SaleState()
            state.status = .success("Ticket mis en attente (\(ticket.total.formatted)). F12 ticket vide : le reprendre.")
        case .parkedLoaded(let tickets):
            if tickets.isEmpty {
                state.status = .info("Aucun ticket en attente.")
            } else {
                state.overlay = .parked(tickets, selected: 0)
            }
        case .resumed(let lines):
            state.sale = SaleState()
            for line in lines { state.sale.cart.add(line) }
            state.sale.selected = state.sale.cart.lines.isEmpty ? nil : state.sale.cart.lines.count - 1
            state.status = .success("Ticket repris : \(state.sale.cart.itemCount) article(s), \(state.sale.cart.total.formatted)."
                + (hasEpicerieLines(state) ? " Scannez la carte du foyer avant d'encaisser." : ""))
        case .printed(let number, let duplicate):
            if state.pendingPrint?.number == number { state.pendingPrint = nil }
            // Right after the sale, keep "rendu X €" in sight: the volunteer still needs it.
            if !duplicate, state.status.ticket == number {
                state.status = .success(sentence(state.status.text) + " Ticket imprimé.")
            } else {
                state.status = .success(duplicate ? "Duplicata du ticket n° \(state.ticketName(number)) imprimé." : "Ticket n° \(state.ticketName(number)) imprimé.")
            }
        case .printFailed(let pending, let message):
            state.pendingPrint = pending
            if !pending.duplicate, state.status.ticket == pending.number {
                state.status = .error(sentence(state.status.text) + " Ticket non imprimé : \(message) F7 : réimprimer.")
            } else {
                // Printing runs in the background: name the ticket, the screen may be on the next one.
                let what = pending.duplicate ? "Duplicata du ticket n° \(state.ticketName(pending.number))" : "Ticket n° \(state.ticketName(pending.number))"
                state.status = .error("\(what) non imprimé : \(message) Il est bien enregistré. F7 : réimprimer.")
            }
        case .drawerOpened(let name):
            state.overlay = nil
            state.status = .success(state.training
                ? "Autorisé par \(name), noté au journal (copie de formation). \(AppState.trainingDrawer)."
                : "Tiroir ouvert, autorisé par \(name) ; c'est noté au journal.")
        }
        return []
    }

    /// What follows a committed ticket: the drawer when cash moves, then the receipt as
    /// the shop wants it. A ticket that issues a credit note always prints: the customer
    /// leaves with its code.
    /// `mustPrint`: a receipt the customer gets without being asked (a credit note, a rent).
    private static func afterCommit(_ state: inout AppState, number: Int64, cash: Bool, mustPrint: Bool) -> [Effect] {
        state.lastTicket = number
        state.status.ticket = number  // the line just set reports it
        guard let user = state.user else { return [] }
        switch state.context.receipts {
        case .noPrinter:
            return []
        case .always:
            return [.sale(.printReceipt(number: number, duplicate: false, openDrawer: cash, operatorId: user.id))]
        case .ask(let defaultYes):
            if mustPrint { return [.sale(.printReceipt(number: number, duplicate: false, openDrawer: cash, operatorId: user.id))] }
            // The drawer opens at once for the change; the receipt waits for the answer.
            state.overlay = .confirm(.receipt(number: number, defaultYes: defaultYes))
            return cash ? [.sale(.openDrawer)] : []
        }
    }

    /// `text` ended by a full stop.
    private static func sentence(_ text: String) -> String {
        text.hasSuffix(".") ? text : text + "."
    }

    /// The words that give a new credit note's code, for the status line.
    private static func announce(_ state: AppState, _ note: CreditNote?) -> String? {
        guard let note else { return nil }
        let paper = state.context.receipts == .noPrinter ? " : écrivez ce code pour le client (pas d'imprimante)" : ""
        return "Nouvel avoir \(note.code) de \(note.value.formatted)\(paper)"
    }

    static func add(_ state: inout AppState, _ line: CartLine) {
        let index = state.sale.cart.add(line)
        state.sale.selected = index
        state.sale.mode = .code
        let shown = line.quantity > 1 ? "\(line.quantity) × \(line.label)" : line.label
        state.status = .success("\(shown) : \((line.unitPrice * line.quantity).formatted). Total du ticket : \(state.sale.cart.total.formatted)")
    }

    private static func freePrice(_ state: inout AppState) -> [Effect] {
        let text = state.sale.code.trimmed
        if !text.isEmpty, state.sale.mode == .code { return addFreePrice(&state, text) }
        state.sale.mode = .freePrice
        state.sale.code.clear()
        state.status = .info("Prix libre : tapez le prix de l'article puis Entrée.")
        return []
    }

    private static func addFreePrice(_ state: inout AppState, _ text: String) -> [Effect] {
        switch Money.parse(text) {
        case .failure(let error):
            state.status = .error(error.message)
            state.sale.code.clear()
        case .success(let price):
            guard !price.isZero else {
                state.status = .error("Un prix de 0 € n'est pas une vente : tapez le prix de l'article.")
                state.sale.code.clear()
                return []
            }
            state.sale.code.clear()
            add(&state, CartLine(code: nil, label: "Article à prix libre", activity: .friperie, unitPrice: price))
        }
        return []
    }

    private static func quantity(_ state: inout AppState) -> [Effect] {
        guard let selected = state.sale.selected, state.sale.cart.lines.indices.contains(selected) else {
            state.status = .error("Aucune ligne à modifier : ajoutez d'abord un article.")
            return []
        }
        let text = state.sale.code.trimmed
        if !text.isEmpty, state.sale.mode == .code {
            applyQuantity(&state, text)
            return []
        }
        state.sale.mode = .quantity
        state.sale.code.clear()
        state.status = .info("Quantité de « \(state.sale.cart.lines[selected].label) » : tapez le nombre puis Entrée.")
        return []
    }

    private static func applyQuantity(_ state: inout AppState, _ text: String) {
        state.sale.code.clear()
        state.sale.mode = .code
        guard let selected = state.sale.selected else { return }
        guard let n = Int(text) else {
            state.status = .error("« \(text) » n'est pas une quantité : tapez un nombre entier, par exemple 2.")
            return
        }
        if n <= 0 {
            state.status = .error("La quantité doit être d'au moins 1. Pour enlever la ligne : F4.")
            return
        }
        if state.sale.cart.lines.indices.contains(selected), state.sale.cart.lines[selected].weightGrams != nil {
            state.status = .error("Une ligne pesée ne change pas de quantité : retirez-la (F4) et pesez à nouveau.")
            return
        }
        if state.sale.override == nil, state.sale.cart.lines.indices.contains(selected),
           state.sale.cart.lines[selected].activity == .epicerie {
            var line = state.sale.cart.lines[selected]
            line.quantity = n
            if let reason = refusal(state, line, replacing: selected) {
                state.status = .error(reason + " Alt+G : dérogation (responsable).")
                state.sale.refused = nil
                return
            }
        }
        if let problem = state.sale.cart.setQuantity(n, at: selected) {
            state.status = .error(problem)
            return
        }
        let line = state.sale.cart.lines[selected]
        state.status = .success("Quantité de « \(line.label) » : \(n). Total du ticket : \(state.sale.cart.total.formatted)")
    }

    private static func removeSelected(_ state: inout AppState) {
        guard let selected = state.sale.selected, state.sale.cart.lines.indices.contains(selected) else {
            state.status = .error("Aucune ligne à supprimer.")
            return
        }
        let label = state.sale.cart.lines[selected].label
        state.sale.cart.remove(at: selected)
        let count = state.sale.cart.lines.count
        state.sale.selected = count == 0 ? nil : min(selected, count - 1)
        state.sale.mode = .code
        state.status = .info("Ligne « \(label) » supprimée. Total du ticket : \(state.sale.cart.total.formatted)")
    }

    private static func moveSelection(_ state: inout AppState, by delta: Int) {
        let count = state.sale.cart.lines.count
        guard count > 0 else { return }
        let current = state.sale.selected ?? (count - 1)
        state.sale.selected = max(0, min(count - 1, current + delta))
    }

    private static func checkout(_ state: inout AppState) -> [Effect] {
        guard !state.sale.cart.isEmpty else {
            state.status = .error("Le ticket est vide : scannez ou tapez un article d'abord.")
            return []
        }
        state.sale.code.clear()
        state.sale.mode = .code
        state.payment = PaymentState()
        state.screen = .payment
        state.status = .info("Tapez le montant donné par le client, puis Entrée.")
        return []
    }

    /// F7: a ticket number typed first is reprinted as a duplicate; otherwise the receipt
    /// that failed is printed again, or else the last ticket as a duplicate.
    private static func reprint(_ state: inout AppState) -> [Effect] {
        guard let user = state.user else { return [] }
        guard state.context.receipts != .noPrinter else {
            state.status = .error("Aucune imprimante n'est configurée à cette caisse.")
            return []
        }
        let typed = state.sale.code.trimmed
        if !typed.isEmpty, state.sale.mode == .code {
            state.sale.code.clear()
            guard let number = state.ticketNumber(typed: typed) else {
                state.status = .error("« \(typed) » n'est pas un numéro de ticket : tapez le numéro puis F7.")
                return []
            }
            state.status = .info("Impression du duplicata du ticket n° \(state.ticketName(number))…")
            return [.sale(.printReceipt(number: number, duplicate: true, openDrawer: false, operatorId: user.id))]
        }
        if let pending = state.pendingPrint {
            state.status = .info("Nouvel essai d'impression du ticket n° \(state.ticketName(pending.number))…")
            return [.sale(.printReceipt(number: pending.number, duplicate: pending.duplicate, openDrawer: false, operatorId: user.id))]
        }
        guard let last = state.lastTicket else {
            state.status = .error("Aucun ticket à réimprimer : tapez le numéro du ticket puis F7.")
            return []
        }
        state.status = .info("Impression du duplicata du ticket n° \(state.ticketName(last))…")
        return [.sale(.printReceipt(number: last, duplicate: true, openDrawer: false, operatorId: user.id))]
    }

    /// F12: a ticket in progress is put aside; with an empty ticket, the waiting ones are listed.
    private static func parkOrList(_ state: inout AppState) -> [Effect] {
        guard let user = state.user else { return [] }
        if state.sale.cart.isEmpty { return [.sale(.loadParked)] }
        return [.sale(.parkTicket(state.sale.cart.lines, operatorId: user.id))]
    }

    /// `12` then Alt+K: cancel ticket 12 of this session, with a responsable's approval.
    private static func askCancellation(_ state: inout AppState) -> [Effect] {
        let typed = state.sale.code.trimmed
        guard let number = state.ticketNumber(typed: typed) else {
            state.status = .error("Tapez le numéro du ticket à annuler, puis Alt+K.")
            return []
        }
        guard state.sale.cart.isEmpty else {
            state.status = .error("Encaissez ou mettez en attente le ticket en cours avant d'en annuler un.")
            return []
        }
        state.sale.code.clear()
        state.askApproval(.cancelTicket(number), "Un responsable tape son code et la raison de l'annulation.")
        return []
    }

    /// `12` then Alt+M: give back items of ticket 12 (any earlier sale), with a
    /// responsable's approval once the items are chosen.
    private static func askRefund(_ state: inout AppState) -> [Effect] {
        let typed = state.sale.code.trimmed
        guard let number = state.ticketNumber(typed: typed) else {
            state.status = .error("Tapez le numéro du ticket à rembourser (il est sur le ticket du client), puis Alt+M.")
            return []
        }
        guard state.sale.cart.isEmpty else {
            state.status = .error("Encaissez ou mettez en attente le ticket en cours avant de rembourser.")
            return []
        }
        state.sale.code.clear()
        state.status = .info("Recherche du ticket n° \(state.ticketName(number))…")
        return [.sale(.loadRefundable(number))]
    }

    private static func askDrawer(_ state: inout AppState) -> [Effect] {
        guard state.context.receipts != .noPrinter else {
            state.status = .error("Pas de tiroir : aucune imprimante n'est configurée à cette caisse.")
            return []
        }
        state.askApproval(.openDrawer, "Un responsable tape son code et la raison de l'ouverture.")
        return []
    }

    private static func logout(_ state: inout AppState) -> [Effect] {
        guard state.sale.cart.isEmpty else {
            state.status = .error("Encaissez ou abandonnez (F6) le ticket en cours avant de changer d'utilisateur.")
            return []
        }
        let name = state.user?.firstName ?? ""
        state.user = nil
        state.login = LoginState()
        state.screen = .login
        state.status = .info("Au revoir \(name). La caisse reste ouverte.")
        return []
    }

    // MARK: - view

    static func view(_ state: AppState, _ canvas: inout Canvas) {
        let barHeight = Chrome.keyBarHeight(App.hints(state), width: canvas.width)
        let codeY = canvas.height - barHeight - 4
        let panelWidth = 28
        let leftWidth = canvas.width - panelWidth - 1
        let top = state.sale.household == nil ? 2 : 3
        drawHousehold(state, &canvas, y: 2)
        drawTable(state, &canvas, top: top, bottom: codeY - 2, width: leftWidth)
        drawCategories(state, &canvas, x: leftWidth + 1, top: top, bottom: codeY - 2)
        canvas.put(String(repeating: "─", count: canvas.width), x: 0, y: codeY - 1)
        let cart = state.sale.cart
        let count = cart.itemCount
        if count > 0 {
            canvas.put(" \(count) article\(count > 1 ? "s" : "") ", x: 2, y: codeY - 1)
        }
        if let by = state.sale.overrideBy {
            canvas.put(" dérogation : \(by) ", x: 20, y: codeY - 1, style: .bold)
        }
        drawCodeField(state, &canvas, y: codeY, width: leftWidth)
        let total = "TOTAL " + Chrome.right(cart.total.formatted, 14)
        canvas.put(Chrome.right(total, panelWidth - 1), x: leftWidth + 1, y: codeY, style: Style(bold: true, reverse: true))
    }

    private static func drawTable(_ state: AppState, _ canvas: inout Canvas, top: Int, bottom: Int, width: Int) {
        let labelWidth = width - 3 - 1 - 4 - 10 - 11 - 1
        let header = Chrome.right("N°", 3) + " " + Chrome.pad("Article", labelWidth) + Chrome.right("Qté", 4)
            + Chrome.right("Prix u.", 10) + Chrome.right("Montant", 11)
        canvas.put(header, x: 0, y: top, style: .bold)
        let lines = state.sale.cart.lines
        let rows = bottom - top
        guard rows > 0 else { return }
        if lines.isEmpty {
            canvas.put("Ticket vide : scannez un article ou tapez", x: 4, y: top + 2, style: Style(dim: true), maxWidth: width - 5)
            canvas.put("un n° de catégorie puis Entrée.", x: 4, y: top + 3, style: Style(dim: true), maxWidth: width - 5)
            return
        }
        let selected = state.sale.selected ?? lines.count - 1
        let first = max(0, min(selected - rows + 1, lines.count - rows))
        for (i, line) in lines.enumerated().dropFirst(first).prefix(rows) {
            let y = top + 1 + i - first
            let marker = i == selected ? "▶" : " "
            // A weighed line's label carries its weight and price per kg: it takes the
            // quantity and unit price columns, which say nothing more for it.
            let middle = line.weightGrams == nil
                ? Chrome.pad(line.label, labelWidth) + Chrome.right("\(line.quantity)", 4) + Chrome.right(line.unitPrice.formatted, 10)
                : Chrome.pad(line.label, labelWidth + 14)
            let text = marker + Chrome.right("\(i + 1)", 2) + " " + middle + Chrome.right(line.amount.formatted, 11) + " "
            canvas.put(text, x: 0, y: y, style: i == selected ? .selected : .plain)
        }
        if first > 0 { canvas.put("▲", x: width - 1, y: top + 1) }
        if first + rows < lines.count { canvas.put("▼", x: width - 1, y: bottom) }
    }

    private static func drawCategories(_ state: AppState, _ canvas: inout Canvas, x: Int, top: Int, bottom: Int) {
        for y in top...bottom { canvas.put("│", x: x - 1, y: y) }
        canvas.put("Catégories", x: x + 1, y: top, style: .bold)
        let keyed = state.context.categories.filter { $0.key != nil }
        // Categories without a key are typed by their code (VRAC): listed after the keys.
        let typed = state.context.categories.filter { $0.key == nil }
        let rows = keyed.map { "\($0.key!) " + Chrome.pad($0.label, 15) } + typed.map { Chrome.pad($0.code, 17) }
        for (i, (text, category)) in zip(rows, keyed + typed).enumerated() where top + 1 + i <= bottom {
            canvas.put(text + Chrome.right(category.priceText, 9), x: x + 1, y: top + 1 + i, maxWidth: 26)
        }
        let helpY = top + 2 + rows.count
        if helpY + 1 <= bottom {
            canvas.put("n° + Entrée : ajoute", x: x + 1, y: helpY, style: Style(dim: true))
            canvas.put("3*1 : trois d'un coup", x: x + 1, y: helpY + 1, style: Style(dim: true))
        }
    }

    private static func drawCodeField(_ state: AppState, _ canvas: inout Canvas, y: Int, width: Int) {
        let label: String
        let hint: String
        switch state.sale.mode {
        case .code:
            label = "Code :"
            hint = "Scannez ou tapez un code / n° de catégorie + Entrée. Entrée seule : encaisser."
        case .freePrice:
            label = "Prix libre (€) :"
            hint = "Tapez le prix de l'article puis Entrée. Échap : annuler."
        case .quantity:
            label = "Quantité :"
            hint = "Tapez la nouvelle quantité de la ligne choisie puis Entrée. Échap : annuler."
        case .weight:
            label = "Poids (kg) :"
            hint = state.context.hasScale
                ? "Entrée seule : relit la balance ; ou tapez le poids. Échap : annuler."
                : "Tapez le poids de « \(state.sale.weighing?.name ?? "") » puis Entrée. Échap : annuler."
        }
        canvas.put(label, x: 1, y: y, style: .bold)
        let fieldX = label.count + 2
        let fieldWidth = min(30, width - fieldX - 1)
        canvas.put(state.sale.code.display(width: fieldWidth), x: fieldX, y: y)
        canvas.cursor = (fieldX + state.sale.code.cursorOffset(width: fieldWidth), y)
        canvas.put(hint, x: 1, y: y + 1, style: Style(dim: true), maxWidth: canvas.width - 2)
    }
}
