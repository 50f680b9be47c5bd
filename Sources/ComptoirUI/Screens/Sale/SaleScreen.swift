import ComptoirCore

/// The sale screen. The code field always has the focus, so a scanner can type into it at
/// any moment; function keys act on the ticket.
enum SaleScreen {
    enum Action: Equatable, Sendable {
        case cancelMode, enter, move(Int), remove
        case freePrice, quantity, checkout, abandon, reprint, users, logout, drawer, cancellation, refund, park
        case households, stock, consignment, friperie, closing, override
        case categories
    }

    /// What a key does, and what it asks of the app.
    typealias Update = ([Effect], [SaleOutput])

    @Sendable static func hasPrinter(_ keys: SaleKeysContext) -> Bool { keys.context.receipts != .noPrinter }

    /// The keys that act on the ticket; every other key types into the code field. A key
    /// listed only for some still answers for all: its action says why it cannot be done.
    static let keys = KeyTable<SaleKeysContext, Action>([
        // A bénévole finds their own PIN near the top of the help (a small window cuts its end).
        KeyBinding(.function(8), alt: .alt("u"), "Utilisateurs", help: "Change votre code PIN (écran Utilisateurs)", .users)
            .listed { $0.context.userIsManager ? .nowhere : .help },
        KeyBinding(.escape, "Annuler", help: "Annule la saisie en cours (prix libre, quantité, poids)", .cancelMode).hidden,
        KeyBinding(.enter, "Ajouter", help: "Ajoute le code tapé ; champ vide : encaisse", .enter).hidden,
        KeyBinding(.up, "Choisir la ligne", .move(-1)).hidden,
        KeyBinding(.down, "Choisir la ligne", .move(1)).hidden,
        KeyBinding(.pageUp, "Choisir la ligne, 10 par 10", .move(-10)).hidden,
        KeyBinding(.pageDown, "Choisir la ligne, 10 par 10", .move(10)).hidden,
        KeyBinding(.home, "Première ou dernière ligne", .move(-Cart.maximumQuantity)).hidden,
        KeyBinding(.end, "Première ou dernière ligne", .move(Cart.maximumQuantity)).hidden,
        KeyBinding(.function(2), alt: .alt("p"), "Prix libre", help: "Article à prix libre : prix, activité, libellé", .freePrice),
        KeyBinding(.function(3), alt: .alt("q"), "Quantité", help: "Change la quantité de la ligne choisie (↑ ↓)", .quantity),
        KeyBinding(.function(4), alt: .delete, "Suppr. ligne", help: "Enlève la ligne choisie du ticket", .remove),
        KeyBinding(.alt("s"), "Suppr. ligne", .remove).hidden,
        KeyBinding(.function(5), alt: .alt("e"), "Encaisser", help: "Passe au paiement (ou Entrée avec le champ vide)", .checkout),
        KeyBinding(.function(6), alt: .alt("a"), "Abandon", help: "Abandonne le ticket (confirmation) ; vide : retire le foyer", .abandon),
        KeyBinding(.function(7), alt: .alt("r"), "Réimprimer", help: "Duplicata du dernier ticket, ou du n° tapé avant F7", .reprint)
            .shown(when: hasPrinter),
        KeyBinding(.function(8), alt: .alt("u"), "Utilisateurs", help: "Ajoute, change ou désactive les bénévoles", .users)
            .shown { $0.context.userIsManager },
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
        // In the help for everyone (a bénévole's Alt+C says who may), off the crowded bar.
        KeyBinding(.alt("c"), "Catégories", help: "Crée et change les catégories (un responsable)", .categories)
            .hidden,
    ])

    enum ConfirmAction: Equatable, Sendable { case yes, no }

    /// The keys of the negative-stock question: nothing else acts while it is shown.
    static let stockKeys = KeyTable<SaleKeysContext, ConfirmAction>([
        KeyBinding(.enter, "confirmer", help: "Ajoute l'article quand même", .yes),
        KeyBinding(.escape, "non", help: "N'ajoute rien", .no),
    ])

    /// Above it a free price is refused: it would not fit the ticket's columns, and no
    /// item of a solidarity shop costs that much.
    static let maximumFreePrice = Money(cents: 999_999)

    // MARK: - update

    static func handle(_ sale: inout SaleState, _ context: SaleContext, _ key: Key) -> Update {
        defer { if !sale.cart.isEmpty { sale.changeDue = nil; sale.drawerRetry = false } }  // the next ticket has started
        if sale.freePrice != nil { return ([], freePriceFormKey(&sale, context, key)) }
        if sale.handwritten != nil { return ([], handwrittenFormKey(&sale, context, key)) }
        if let ask = sale.negativeStock {
            switch stockKeys.action(for: key, SaleKeysContext(sale: sale, context: context)) {
            case .yes?:
                return ([], [.status(answerStock(&sale, ask, yes: true))])
            case .no?:
                return ([], [.status(answerStock(&sale, ask, yes: false))])
            case nil:
                return ([], [])
            }
        }
        guard let action = keys.action(for: key, SaleKeysContext(sale: sale, context: context)) else {
            _ = sale.code.handle(key)
            return ([], [])
        }
        switch action {
        case .cancelMode:
            var outputs: [SaleOutput] = []
            if sale.mode != .code {
                sale.mode = .code
                sale.weighing = nil
                outputs.append(.status(.info("Annulé.")))
            }
            sale.code.clear()
            return ([], outputs)
        case .enter: return enter(&sale, context)
        case .move(let delta):
            moveSelection(&sale, by: delta)
            return ([], [])
        case .remove: return ([], [.status(removeSelected(&sale))])
        case .freePrice: return ([], freePrice(&sale, context))
        case .quantity: return ([], quantity(&sale))
        case .checkout: return ([], checkout(&sale))
        case .abandon:
            if sale.cart.isEmpty, let household = sale.household {
                // The next customer must not see this household's line.
                sale = SaleState()
                return ([], [.status(.info("Foyer \(household.code) retiré du ticket."))])
            }
            if sale.cart.isEmpty { return ([], [.status(.info("Le ticket est déjà vide."))]) }
            return ([], [.confirmAbandon])
        case .reprint: return reprint(&sale, context)
        case .park: return (parkOrList(sale, context), [])
        case .drawer:
            if sale.drawerRetry, sale.cart.isEmpty {
                // The sale's own kick failed: trying it again needs no responsable.
                sale.drawerRetry = false
                return ([.sale(.openDrawer)], [.status(.info("Nouvel essai d'ouverture du tiroir…"))])
            }
            return ([], askDrawer(context))
        case .cancellation: return askCancellation(&sale, context)
        case .refund: return askRefund(&sale, context)
        case .users: return ([], [.open(.users)])
        case .households: return ([], [.open(.households)])
        case .override: return ([], askOverride(&sale))
        case .stock: return ([], [.open(.stock)])
        case .consignment: return ([], [.open(.consignment)])
        case .closing: return ([], [.open(.closing)])
        case .friperie: return ([], [.open(.friperie)])
        case .logout: return ([], logout(sale, context))
        case .categories: return ([], [.open(.categories)])
        }
    }

    private static func enter(_ sale: inout SaleState, _ context: SaleContext) -> Update {
        let text = sale.code.trimmed
        switch sale.mode {
        case .freePrice:
            return ([], addFreePrice(&sale, context, text))
        case .quantity:
            return ([], applyQuantity(&sale, text))
        case .weight:
            return enterWeight(&sale, context, text)
        case .code:
            break
        }
        if text.isEmpty { return ([], checkout(&sale)) }
        sale.code.clear()
        if let effect = consignedCode(text) { return ([effect], []) }
        var quantity = 1
        var code = text
        if let star = text.firstIndex(of: "*") {
            let q = text[..<star].trimmingCharacters(in: .whitespaces)
            code = text[text.index(after: star)...].trimmingCharacters(in: .whitespaces)
            guard let n = Int(q), n >= 1, n <= Cart.maximumQuantity else {
                return ([], [.status(.error("Quantité « \(q) » invalide : tapez par exemple 3*1 pour 3 articles de la catégorie 1."))])
            }
            guard !code.isEmpty else {
                return ([], [.status(.error("Après « \(q)* », tapez le n° de catégorie ou le code de l'article."))])
            }
            quantity = n
        }
        if let key = Int(code), let category = context.categories.first(where: { $0.key == key }) {
            let status = addCategory(&sale, context, category, quantity: quantity)
            return (weighingEffects(sale, context), [.status(status)])
        }
        if quantity == 1, let update = householdCode(sale, code) { return update }
        if let update = measuredCode(context, code, quantity: quantity) { return update }
        return ([.sale(.resolveCode(code.uppercased(), quantity: quantity))], [])
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

    static func receive(_ sale: inout SaleState, _ context: SaleContext, _ msg: SaleMsg) -> Update {
        defer { if !sale.cart.isEmpty { sale.changeDue = nil; sale.drawerRetry = false } }  // the next ticket has started
        switch msg {
        case .ticketPreviewLoaded(let ticket):
            return ([], [.refundPreview(ticket)])
        case .ticketLookedUp(let number, let ticket):
            return ([], cancellationLookedUp(number, ticket, context))
        case .consignedLineResolved(let line) where line.itemId == nil && line.isConsigned:
            return ([], askDescription(&sale, line))
        case .consignedLineResolved(let line):
            if let item = line.itemId, sale.cart.lines.contains(where: { $0.itemId == item }) {
                return ([], [.status(.error("L'article \(line.code ?? "") est déjà sur ce ticket : une pièce unique ne se vend qu'une fois."))])
            }
            return ([], [.status(add(&sale, line))])
        case .codeResolved(let code, let quantity, let item):
            switch item {
            case nil where HouseholdCardCode.looksLikeOne(code):
                return ([], [.status(.error("Carte « \(code) » : le dernier chiffre (la clé) ne correspond pas. Scannez à nouveau la carte ou vérifiez le numéro."))])
            case nil:
                return ([], [.status(.error("Code « \(code) » inconnu. Vérifiez-le, ou vendez au prix libre (F2)."))])
            case .category(let category)?:
                let status = addCategory(&sale, context, category, quantity: quantity)
                return (weighingEffects(sale, context), [.status(status)])
            case .product(let product)?:
                let status = addProduct(&sale, context, product, quantity: quantity)
                return (weighingEffects(sale, context), [.status(status)])
            }
        case .householdLoaded(let number, let standing):
            return ([], householdLoaded(&sale, number: number, standing))
        case .measuredResolved(let code, let item):
            let status = addMeasured(&sale, context, code, item)
            return ([], status.map { [.status($0)] } ?? [])
        case .overrideGranted(let managerId, let name, let reason):
            return ([], overrideGranted(&sale, managerId: managerId, name: name, reason: reason))
        case .saleCommitted(let number, let change, let creditNote):
            // The drawer opens only when cash went in or out.
            let cash = context.paidInCash
            // A box rent is a service whose receipt is always given, with its contract.
            let rent = sale.cart.lines.contains { $0.activity == .loyer }
            sale = SaleState()
            if change > .zero { sale.changeDue = change }
            let status = StatusLine.success("Vente n° \(context.ticketName(number)) enregistrée — rendu \(change.formatted)"
                + (announce(context, creditNote).map { ". " + $0 } ?? "")
                + (context.training && cash ? ". " + AppState.trainingDrawer : ""))
            let (effects, outputs) = afterCommit(status, context, number: number, cash: cash, mustPrint: creditNote != nil || rent)
            return (effects, [.paymentDone] + outputs)
        case .refundableLoaded(let ticket):
            guard ticket.lines.contains(where: { $0.refundable > 0 }) else {
                return ([], [.status(.error("Tout le ticket n° \(context.ticketName(ticket.number)) est déjà remboursé : rien à rendre."))])
            }
            return ([.sale(.loadTicketPreview(ticket.number))],
                    [.showRefund(ticket), .status(.info("Choisissez ce qui est rendu (Espace : toute la ligne), puis Entrée."))])
        case .counterEntryCommitted(let entry):
            let money = entry.cashBack.isZero ? ""
                : " Rendez \(entry.cashBack.formatted) en espèces." + (context.training ? " " + AppState.trainingDrawer + "." : "")
            let what: String
            switch entry.kind {
            case .cancellation:
                what = "Ticket n° \(context.ticketName(entry.original)) annulé par le ticket n° \(context.ticketName(entry.number)) (autorisé par \(entry.by))."
            case .refund:
                what = "Remboursement n° \(context.ticketName(entry.number)) du ticket n° \(context.ticketName(entry.original)) enregistré (autorisé par \(entry.by))."
            }
            let status = StatusLine.success(what + money + (announce(context, entry.creditNote).map { " " + $0 + "." } ?? ""))
            let (effects, outputs) = afterCommit(status, context, number: entry.number, cash: !entry.cashBack.isZero,
                                                 mustPrint: entry.creditNote != nil)
            return (effects, [.counterEntryDone] + outputs)
        case .parked(let ticket):
            sale = SaleState()
            return ([], [.status(.success("Ticket mis en attente (\(ticket.total.formatted)). F12 ticket vide : le reprendre."))])
        case .parkedLoaded(let tickets):
            return ([], [tickets.isEmpty ? .status(.info("Aucun ticket en attente.")) : .showParked(tickets)])
        case .resumed(let lines):
            sale = SaleState()
            for line in lines { sale.cart.add(line) }
            sale.selected = sale.cart.lines.isEmpty ? nil : sale.cart.lines.count - 1
            return ([], [.status(.success("Ticket repris : \(sale.cart.itemCount) article(s), \(sale.cart.total.formatted)."
                + (sale.hasEpicerieLines ? " Scannez la carte du foyer avant d'encaisser." : "")))])
        case .printed(let number, let duplicate):
            var outputs: [SaleOutput] = context.pendingPrint?.number == number ? [.pendingPrint(nil)] : []
            // Right after the sale, keep "rendu X €" in sight: the volunteer still needs it.
            if !duplicate, context.status.ticket == number {
                outputs.append(.status(.success(sentence(context.status.text) + " Ticket imprimé.")))
            } else {
                outputs.append(.status(.success(duplicate ? "Duplicata du ticket n° \(context.ticketName(number)) imprimé."
                                                          : "Ticket n° \(context.ticketName(number)) imprimé.")))
            }
            return ([], outputs)
        case .printFailed(let pending, let message):
            if !pending.duplicate, context.status.ticket == pending.number {
                return ([], [.pendingPrint(pending),
                             .status(.error(sentence(context.status.text) + " Ticket non imprimé : \(message) F7 : réimprimer."))])
            }
            // Printing runs in the background: name the ticket, the screen may be on the next one.
            let what = pending.duplicate ? "Duplicata du ticket n° \(context.ticketName(pending.number))"
                                         : "Ticket n° \(context.ticketName(pending.number))"
            return ([], [.pendingPrint(pending), .status(.error("\(what) non imprimé : \(message) Il est bien enregistré. F7 : réimprimer."))])
        case .drawerOpened(let name):
            return ([], [.approvalDone, .status(.success(context.training
                ? "Autorisé par \(name), noté au journal (copie de formation). \(AppState.trainingDrawer)."
                : "Tiroir ouvert, autorisé par \(name) ; c'est noté au journal."))])
        }
    }

    /// What follows a committed ticket (`status` reports it): the drawer when cash moves,
    /// then the receipt as the shop wants it. A ticket that issues a credit note always
    /// prints: the customer leaves with its code.
    /// `mustPrint`: a receipt the customer gets without being asked (a credit note, a rent).
    private static func afterCommit(_ status: StatusLine, _ context: SaleContext, number: Int64, cash: Bool, mustPrint: Bool) -> Update {
        var status = status
        status.ticket = number  // the line reports it: its printing completes it
        let outputs: [SaleOutput] = [.committed(ticket: number), .status(status)]
        guard let user = context.user else { return ([], outputs) }
        switch context.receipts {
        case .noPrinter:
            return ([], outputs)
        case .always:
            return ([.sale(.printReceipt(number: number, duplicate: false, openDrawer: cash, operatorId: user.id))], outputs)
        case .ask(let defaultYes):
            if mustPrint { return ([.sale(.printReceipt(number: number, duplicate: false, openDrawer: cash, operatorId: user.id))], outputs) }
            // The drawer opens at once for the change; the receipt waits for the answer.
            return (cash ? [.sale(.openDrawer)] : [], outputs + [.askReceipt(number: number, defaultYes: defaultYes)])
        }
    }

    /// `text` ended by a full stop.
    private static func sentence(_ text: String) -> String {
        text.hasSuffix(".") ? text : text + "."
    }

    /// The words that give a new credit note's code, for the status line.
    private static func announce(_ context: SaleContext, _ note: CreditNote?) -> String? {
        guard let note else { return nil }
        let paper = context.receipts == .noPrinter ? " : écrivez ce code pour le client (pas d'imprimante)" : ""
        return "Nouvel avoir \(note.code) de \(note.value.formatted)\(paper)"
    }

    /// The line goes on the ticket, chosen; the status line says it and the new total.
    static func add(_ sale: inout SaleState, _ line: CartLine) -> StatusLine {
        let index = sale.cart.add(line)
        sale.selected = index
        sale.mode = .code
        let shown = line.quantity > 1 ? "\(line.quantity) × \(line.label)" : line.label
        return .success("\(shown) : \((line.unitPrice * line.quantity).formatted). Total du ticket : \(sale.cart.total.formatted)")
    }

    private static func quantity(_ sale: inout SaleState) -> [SaleOutput] {
        guard let selected = sale.selected, sale.cart.lines.indices.contains(selected) else {
            return [.status(.error("Aucune ligne à modifier : ajoutez d'abord un article."))]
        }
        let text = sale.code.trimmed
        if !text.isEmpty, sale.mode == .code {
            return applyQuantity(&sale, text)
        }
        sale.mode = .quantity
        sale.code.clear()
        return [.status(.info("Quantité de « \(sale.cart.lines[selected].label) » : tapez le nombre puis Entrée."))]
    }

    private static func applyQuantity(_ sale: inout SaleState, _ text: String) -> [SaleOutput] {
        sale.code.clear()
        sale.mode = .code
        guard let selected = sale.selected else { return [] }
        guard let n = Int(text) else {
            return [.status(.error("« \(text) » n'est pas une quantité : tapez un nombre entier, par exemple 2."))]
        }
        if n <= 0 {
            return [.status(.error("La quantité doit être d'au moins 1. Pour enlever la ligne : F4."))]
        }
        if sale.cart.lines.indices.contains(selected), sale.cart.lines[selected].weightGrams != nil {
            return [.status(.error("Une ligne pesée ne change pas de quantité : retirez-la (F4) et pesez à nouveau."))]
        }
        if sale.override == nil, sale.cart.lines.indices.contains(selected), sale.cart.lines[selected].activity == .epicerie {
            var line = sale.cart.lines[selected]
            line.quantity = n
            if let reason = refusal(sale, line, replacing: selected) {
                sale.refused = nil
                return [.status(.error(reason + " Alt+G : dérogation (responsable)."))]
            }
        }
        if let ask = askStock(&sale, quantity: n, at: selected) { return [.status(ask)] }
        if let problem = sale.cart.setQuantity(n, at: selected) {
            return [.status(.error(problem))]
        }
        let line = sale.cart.lines[selected]
        return [.status(.success("Quantité de « \(line.label) » : \(n). Total du ticket : \(sale.cart.total.formatted)"))]
    }

    private static func removeSelected(_ sale: inout SaleState) -> StatusLine {
        guard let selected = sale.selected, sale.cart.lines.indices.contains(selected) else {
            return .error("Aucune ligne à supprimer.")
        }
        let label = sale.cart.lines[selected].label
        sale.cart.remove(at: selected)
        let count = sale.cart.lines.count
        sale.selected = count == 0 ? nil : min(selected, count - 1)
        sale.mode = .code
        return .info("Ligne « \(label) » supprimée. Total du ticket : \(sale.cart.total.formatted)")
    }

    private static func moveSelection(_ sale: inout SaleState, by delta: Int) {
        let count = sale.cart.lines.count
        guard count > 0 else { return }
        let current = sale.selected ?? (count - 1)
        sale.selected = max(0, min(count - 1, current + delta))
    }

    private static func checkout(_ sale: inout SaleState) -> [SaleOutput] {
        guard !sale.cart.isEmpty else {
            return [.status(.error("Le ticket est vide : scannez ou tapez un article d'abord."))]
        }
        sale.code.clear()
        sale.mode = .code
        return [.checkout]
    }

    /// F7: a ticket number typed first is reprinted as a duplicate; otherwise the receipt
    /// that failed is printed again, or else the last ticket as a duplicate.
    private static func reprint(_ sale: inout SaleState, _ context: SaleContext) -> Update {
        guard let user = context.user else { return ([], []) }
        guard context.receipts != .noPrinter else {
            return ([], [.status(.error("Aucune imprimante n'est configurée à cette caisse."))])
        }
        let typed = sale.code.trimmed
        if !typed.isEmpty, sale.mode == .code {
            sale.code.clear()
            guard let number = context.ticketNumber(typed: typed) else {
                return ([], [.status(.error("« \(typed) » n'est pas un numéro de ticket : tapez le numéro puis F7."))])
            }
            return ([.sale(.printReceipt(number: number, duplicate: true, openDrawer: false, operatorId: user.id))],
                    [.status(.info("Impression du duplicata du ticket n° \(context.ticketName(number))…"))])
        }
        if let pending = context.pendingPrint {
            return ([.sale(.printReceipt(number: pending.number, duplicate: pending.duplicate, openDrawer: false, operatorId: user.id))],
                    [.status(.info("Nouvel essai d'impression du ticket n° \(context.ticketName(pending.number))…"))])
        }
        guard let last = context.lastTicket else {
            return ([], [.status(.error("Aucun ticket à réimprimer : tapez le numéro du ticket puis F7."))])
        }
        return ([.sale(.printReceipt(number: last, duplicate: true, openDrawer: false, operatorId: user.id))],
                [.status(.info("Impression du duplicata du ticket n° \(context.ticketName(last))…"))])
    }

    /// F12: a ticket in progress is put aside; with an empty ticket, the waiting ones are listed.
    private static func parkOrList(_ sale: SaleState, _ context: SaleContext) -> [Effect] {
        guard let user = context.user else { return [] }
        if sale.cart.isEmpty { return [.sale(.loadParked)] }
        return [.sale(.parkTicket(sale.cart.lines, operatorId: user.id))]
    }

    /// `12` then Alt+M: give back items of ticket 12 (any earlier sale), with a
    /// responsable's approval once the items are chosen.
    private static func askRefund(_ sale: inout SaleState, _ context: SaleContext) -> Update {
        guard let number = context.ticketNumber(typed: sale.code.trimmed) else {
            return ([], [.status(.error("Tapez le numéro du ticket à rembourser (il est sur le ticket du client), puis Alt+M."))])
        }
        guard sale.cart.isEmpty else {
            return ([], [.status(.error("Encaissez ou mettez en attente le ticket en cours avant de rembourser."))])
        }
        sale.code.clear()
        return ([.sale(.loadRefundable(number))], [.status(.info("Recherche du ticket n° \(context.ticketName(number))…"))])
    }

    private static func askDrawer(_ context: SaleContext) -> [SaleOutput] {
        guard context.receipts != .noPrinter else {
            return [.status(.error("Pas de tiroir : aucune imprimante n'est configurée à cette caisse."))]
        }
        return [.askApproval(.openDrawer, instruction: "Un responsable tape son code et la raison de l'ouverture.")]
    }

    private static func logout(_ sale: SaleState, _ context: SaleContext) -> [SaleOutput] {
        guard sale.cart.isEmpty else {
            return [.status(.error("Encaissez ou abandonnez (F6) le ticket en cours avant de changer d'utilisateur."))]
        }
        return [.logout, .status(.info("Au revoir \(context.user?.firstName ?? ""). La caisse reste ouverte."))]
    }

    // MARK: - view

    /// `barHeight`: the rows the app's key bar takes at the bottom.
    static func view(_ sale: SaleState, _ context: SaleContext, barHeight: Int, _ canvas: inout Canvas) {
        let codeY = canvas.height - barHeight - 4
        let panelWidth = 28
        let leftWidth = canvas.width - panelWidth - 1
        let top = sale.household == nil ? 2 : 3
        drawHousehold(sale, &canvas, y: 2)
        drawTable(sale, &canvas, top: top, bottom: codeY - 2, width: leftWidth)
        drawCategories(context, &canvas, x: leftWidth + 1, top: top, bottom: codeY - 2)
        canvas.put(String(repeating: "─", count: canvas.width), x: 0, y: codeY - 1)
        let cart = sale.cart
        let count = cart.itemCount
        if count > 0 {
            canvas.put(" \(count) article\(count > 1 ? "s" : "") ", x: 2, y: codeY - 1)
        }
        if let by = sale.overrideBy {
            canvas.put(" dérogation : \(by) ", x: 20, y: codeY - 1, style: .bold)
        }
        drawCodeField(sale, context, &canvas, y: codeY, width: leftWidth)
        let total = "TOTAL " + Chrome.right(cart.total.formatted, max(14, cart.total.formatted.count))
        canvas.put(Chrome.right(total, panelWidth - 1), x: leftWidth + 1, y: codeY, style: Style(bold: true, reverse: true))
        if let form = sale.freePrice { drawFreePriceForm(form, &canvas, bottom: codeY - 1) }
        if let form = sale.handwritten { drawHandwrittenForm(form, &canvas, bottom: codeY - 1) }
        if let ask = sale.negativeStock { drawNegativeStock(ask, &canvas, bottom: codeY - 1) }
    }

    /// The product, its stock now and after the sale, until Entrée or Échap.
    private static func drawNegativeStock(_ ask: SaleState.NegativeStock, _ canvas: inout Canvas, bottom: Int) {
        let width = 52, height = 9
        let x = (canvas.width - width) / 2
        let y = max(2, (2 + bottom - height) / 2)
        let inner = Chrome.box(&canvas, x: x, y: y, width: width, height: height, title: "STOCK INSUFFISANT")
        let innerWidth = width - 4
        canvas.put(ask.name, x: inner.x, y: inner.y + 1, style: .bold, maxWidth: innerWidth)
        canvas.put("Stock maintenant :" + Chrome.right(stockText(ask.now, ask.unit), 14), x: inner.x, y: inner.y + 2)
        canvas.put("Après cette vente :" + Chrome.right(stockText(ask.after, ask.unit), 13), x: inner.x, y: inner.y + 3, style: .error)
        canvas.put("Vendre quand même ?", x: inner.x, y: inner.y + 4, style: Style(bold: true, reverse: true))
        canvas.put(ask.replacing == nil ? "Entrée : oui      Échap : non, rien n'est ajouté" : "Entrée : oui    Échap : non, quantité inchangée",
                   x: inner.x, y: inner.y + 6, maxWidth: innerWidth)
    }

    private static func drawTable(_ sale: SaleState, _ canvas: inout Canvas, top: Int, bottom: Int, width: Int) {
        // Amounts always show whole, two spaces before them (a space groups thousands): a large one widens its column.
        let priceWidth = max(10, (sale.cart.lines.filter { $0.weightGrams == nil }.map { $0.unitPrice.formatted.count }.max() ?? 0) + 2)
        let amountWidth = max(11, (sale.cart.lines.map { $0.amount.formatted.count }.max() ?? 0) + 2)
        let labelWidth = width - 3 - 1 - 4 - priceWidth - amountWidth - 1
        let header = Chrome.right("N°", 3) + " " + Chrome.pad("Article", labelWidth) + Chrome.right("Qté", 4)
            + Chrome.right("Prix u.", priceWidth) + Chrome.right("Montant", amountWidth)
        canvas.put(header, x: 0, y: top, style: .bold)
        let lines = sale.cart.lines
        let rows = bottom - top
        guard rows > 0 else { return }
        if lines.isEmpty {
            var y = top + 2
            if let change = sale.changeDue, rows >= 8 {
                // Large and lasting: the volunteer gives it back after the status line has moved on.
                let inner = Chrome.box(&canvas, x: 4, y: y, width: 34, height: 4, title: "À RENDRE")
                canvas.put(Chrome.right(change.formatted, 28), x: inner.x, y: inner.y, style: Style(bold: true, reverse: true))
                canvas.put("au client, en espèces", x: inner.x, y: inner.y + 1, style: Style(dim: true))
                y += 5
            }
            canvas.put("Ticket vide : scannez un article ou tapez", x: 4, y: y, style: Style(dim: true), maxWidth: width - 5)
            canvas.put("un n° de catégorie puis Entrée.", x: 4, y: y + 1, style: Style(dim: true), maxWidth: width - 5)
            return
        }
        let selected = sale.selected ?? lines.count - 1
        let first = max(0, min(selected - rows + 1, lines.count - rows))
        for (i, line) in lines.enumerated().dropFirst(first).prefix(rows) {
            let y = top + 1 + i - first
            let marker = i == selected ? "▶" : " "
            // A weighed line's label carries its weight and price per kg: it takes the
            // quantity and unit price columns, which say nothing more for it.
            let middle = line.weightGrams == nil
                ? Chrome.pad(line.label, labelWidth) + Chrome.right("\(line.quantity)", 4) + Chrome.right(line.unitPrice.formatted, priceWidth)
                : Chrome.pad(line.label, labelWidth + 4 + priceWidth)
            let text = marker + Chrome.right("\(i + 1)", 2) + " " + middle + Chrome.right(line.amount.formatted, amountWidth) + " "
            canvas.put(text, x: 0, y: y, style: i == selected ? .selected : .plain)
        }
        if first > 0 { canvas.put("▲", x: width - 1, y: top + 1) }
        if first + rows < lines.count { canvas.put("▼", x: width - 1, y: bottom) }
    }

    private static func drawCategories(_ context: SaleContext, _ canvas: inout Canvas, x: Int, top: Int, bottom: Int) {
        for y in top...bottom { canvas.put("│", x: x - 1, y: y) }
        canvas.put("Catégories", x: x + 1, y: top, style: .bold)
        let keyed = context.categories.filter { $0.key != nil }
        // Categories without a key are typed by their code (VRAC): listed after the keys.
        let typed = context.categories.filter { $0.key == nil }
        let rows = keyed.map { "\($0.key!) " + Chrome.pad($0.label, 15) } + typed.map { Chrome.pad($0.code, 17) }
        for (i, (text, category)) in zip(rows, keyed + typed).enumerated() where top + 1 + i <= bottom {
            canvas.put(text + Chrome.right(category.priceText, 9), x: x + 1, y: top + 1 + i, maxWidth: 26)
        }
        let helpY = top + 2 + rows.count
        if context.categories.isEmpty {
            // An empty shop says where categories come from rather than « n° + Entrée ».
            let key = keys.bindings.first { $0.action == .categories }?.key.text ?? ""
            for (i, line) in ["Aucune catégorie :", "un·e responsable les crée", "avec \(key) (Catégories)."].enumerated()
            where top + 1 + i <= bottom {
                canvas.put(line, x: x + 1, y: top + 1 + i, style: Style(dim: true), maxWidth: 26)
            }
        } else if helpY + 1 <= bottom {
            canvas.put("n° + Entrée : ajoute", x: x + 1, y: helpY, style: Style(dim: true))
            canvas.put("3*1 : trois d'un coup", x: x + 1, y: helpY + 1, style: Style(dim: true))
        }
    }

    private static func drawCodeField(_ sale: SaleState, _ context: SaleContext, _ canvas: inout Canvas, y: Int, width: Int) {
        let label: String
        let hint: String
        switch sale.mode {
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
            hint = context.hasScale
                ? "Entrée seule : relit la balance ; ou tapez le poids. Échap : annuler."
                : "Tapez le poids de « \(sale.weighing?.name ?? "") » puis Entrée. Échap : annuler."
        }
        canvas.put(label, x: 1, y: y, style: .bold)
        let fieldX = label.count + 2
        let fieldWidth = min(30, width - fieldX - 1)
        canvas.put(sale.code.display(width: fieldWidth), x: fieldX, y: y)
        canvas.cursor = (fieldX + sale.code.cursorOffset(width: fieldWidth), y)
        canvas.put(hint, x: 1, y: y + 1, style: Style(dim: true), maxWidth: canvas.width - 2)
    }
}
