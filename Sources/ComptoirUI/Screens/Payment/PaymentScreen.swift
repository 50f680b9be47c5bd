import ComptoirCore

/// Paying the ticket: cash (amount given, change due), card on the external terminal,
/// cheque, voucher, credit note, or several of them; the rest to pay is always shown. The
/// ticket is committed once the rest is zero.
enum PaymentScreen {
    /// Quick keys for the usual notes.
    static let notes: [(key: Int, amount: Money)] = [
        (5, Money(euros: 5)), (6, Money(euros: 10)), (7, Money(euros: 20)), (8, Money(euros: 50)),
    ]

    enum Action: Sendable { case cash, card, cheque, undo, voucher, creditNote, back, note(Money) }
    /// While a voucher's reference or a credit note's code is typed.
    enum AskAction: Sendable { case confirm, cancel }

    static let keys = KeyTable<AppState, Action>([
        KeyBinding(.enter, "Espèces", help: "Espèces du montant tapé (sans montant : compte juste)", .cash),
        KeyBinding(.function(2), alt: .alt("c"), "Carte", help: "Carte bancaire (terminal) du montant tapé, ou du reste", .card),
        KeyBinding(.function(3), alt: .alt("q"), "Chèque", help: "Chèque du montant tapé, ou du reste", .cheque),
        KeyBinding(.function(4), alt: .alt("s"), "Annuler paiement", help: "Retire le dernier paiement partiel (rien n'est enregistré)", .undo),
        KeyBinding(.function(9), alt: .alt("b"), "Bon", help: "Bon (CCAS…) du montant tapé ou du reste, puis sa référence", .voucher),
        KeyBinding(.function(11), alt: .alt("v"), "Avoir", help: "Avoir (code scanné ou tapé), pris pour toute sa valeur", .creditNote),
        KeyBinding(.escape, "Retour au ticket", help: "Revient au ticket sans rien enregistrer", .back),
    ] + notes.map {
        KeyBinding(.function($0.key), $0.amount.formatted, help: "Le client donne un billet de \($0.amount.formatted)", .note($0.amount))
    })

    static let voucherKeys = KeyTable<AppState, AskAction>([
        KeyBinding(.enter, "Valider le bon", help: "Valide la référence du bon", .confirm),
        KeyBinding(.escape, "Annuler ce bon", help: "Renonce à ce bon, les autres paiements restent", .cancel),
    ])

    static let creditNoteKeys = KeyTable<AppState, AskAction>([
        KeyBinding(.enter, "Valider l'avoir", help: "Cherche l'avoir dont le code est tapé ou scanné", .confirm),
        KeyBinding(.escape, "Annuler cet avoir", help: "Renonce à cet avoir, les autres paiements restent", .cancel),
    ])

    static func hints(_ state: AppState, for place: KeyPlaces) -> [KeyHint] {
        switch state.payment.asking {
        case .voucher?: voucherKeys.hints(state, for: place)
        case .creditNote?, .checkingCreditNote?: creditNoteKeys.hints(state, for: place)
        case nil: keys.hints(state, for: place)
        }
    }

    static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard !state.payment.committing else { return [] }
        switch state.payment.asking {
        case .voucher(let amount)?: return voucherReference(&state, amount, key)
        case .creditNote?: return creditNoteCode(&state, key)
        case .checkingCreditNote?: return []
        case nil: break
        }
        guard let action = keys.action(for: key, state) else {
            _ = state.payment.given.handle(key)
            return []
        }
        switch action {
        case .back:
            let hadParts = !state.payment.payments.isEmpty
            state.payment = PaymentState()
            state.screen = .sale
            state.status = .info(hadParts ? "Retour au ticket : les paiements partiels sont annulés, rien n'a été encaissé."
                                          : "Retour au ticket : rien n'a été encaissé.")
            return []
        case .cash:
            return cash(&state)
        case .card:
            return other(&state, .card)
        case .cheque:
            return other(&state, .cheque)
        case .voucher:
            let rest = state.payment.remaining(of: state.sale.cart.total)
            guard let amount = typedAmount(&state, rest: rest) else { return [] }
            guard amount <= rest else {
                state.status = .error("Bon : \(amount.formatted) dépasse le reste à payer (\(rest.formatted)). Tapez au plus \(rest.formatted).")
                return []
            }
            state.payment.given.clear()
            state.payment.asking = .voucher(amount)
            state.payment.reference.clear()
            state.status = .info("Bon de \(amount.formatted) : tapez sa référence (le numéro écrit sur le bon) puis Entrée.")
            return []
        case .creditNote:
            state.payment.given.clear()
            state.payment.asking = .creditNote
            state.payment.reference.clear()
            state.status = .info("Avoir : scannez ou tapez son code (AV-…) puis Entrée. Il sert pour toute sa valeur.")
            return []
        case .undo:
            if let last = state.payment.payments.popLast() {
                // The new credit note goes with the one it is the rest of.
                if last.issuesCreditNote, let spent = state.payment.payments.popLast() {
                    state.status = .info("Avoir « \(spent.reference ?? "") » retiré.")
                } else {
                    let name = last.reference.map { "\(last.method.label) « \($0) »" } ?? "« \(last.method.label) »"
                    state.status = .info("Paiement \(name) de \(last.amount.formatted) retiré.")
                }
            } else {
                state.status = .error("Aucun paiement partiel à retirer.")
            }
            return []
        case .note(let amount):
            state.payment.given = TextField(amount.plain, maxLength: 12)
            return []
        }
    }

    static func receive(_ state: inout AppState, _ msg: PaymentMsg) -> [Effect] {
        switch msg {
        case .creditNoteChecked(let code, let note): return creditNoteChecked(&state, code: code, note)
        }
    }

    private static func creditNoteChecked(_ state: inout AppState, code: String, _ note: CreditNote?) -> [Effect] {
        guard state.payment.asking == .checkingCreditNote(code) else { return [] }
        state.payment.asking = .creditNote
        // Malformed, wrong or unknown: one answer, that tells a guesser nothing.
        guard let note else {
            state.creditNoteBrake.missed(at: state.now)
            state.status = .error(unrecognized)
            return []
        }
        state.creditNoteBrake.recognised()
        if let by = note.spentBy {
            state.status = .error("L'avoir « \(code) » a déjà servi (ticket n° \(state.ticketName(by))) : un avoir ne sert qu'une fois. Échap : autre paiement.")
            return []
        }
        state.payment.asking = nil
        let rest = state.payment.remaining(of: state.sale.cart.total)
        state.payment.payments.append(Payment(method: .creditNote, amount: note.value, reference: code))
        if note.value > rest {
            let left = note.value - rest
            state.payment.payments.append(Payment(method: .creditNote, amount: -left))
            state.status = .info("Avoir « \(code) » de \(note.value.formatted) : le reste, \(left.formatted), devient un nouvel avoir.")
        }
        if state.payment.remaining(of: state.sale.cart.total).isZero { return commit(&state) }
        let left = state.payment.remaining(of: state.sale.cart.total)
        state.status = .info("Avoir « \(code) » : \(note.value.formatted). Reste à payer : \(left.formatted).")
        return []
    }

    /// The typed amount, or the rest when nothing is typed; nil after saying what is wrong.
    private static func typedAmount(_ state: inout AppState, rest: Money) -> Money? {
        let text = state.payment.given.trimmed
        guard !text.isEmpty else { return rest }
        switch Money.parse(text) {
        case .failure(let error):
            state.status = .error(error.message)
            return nil
        case .success(let amount):
            guard !amount.isZero else {
                state.status = .error("Un paiement de 0 € ne paie rien : tapez le montant.")
                return nil
            }
            return amount
        }
    }

    /// Cash pays the rest; more than the rest gives change. Less than the rest is a partial
    /// cash payment only when another method follows, so it is refused with the shortfall.
    private static func cash(_ state: inout AppState) -> [Effect] {
        let rest = state.payment.remaining(of: state.sale.cart.total)
        guard let given = typedAmount(&state, rest: rest) else { return [] }
        switch Payment.cash(total: rest, given: given) {
        case .failure(let shortfall):
            state.status = .error("Montant insuffisant : il manque \((shortfall.total - shortfall.given).formatted) sur \(shortfall.total.formatted). Autre moyen pour le reste : F2 carte, F3 chèque.")
            return []
        case .success(let payment):
            state.payment.payments.append(payment)
            state.payment.given.clear()
            return commit(&state)
        }
    }

    /// The reference of the voucher being taken; Échap gives up this voucher only.
    private static func voucherReference(_ state: inout AppState, _ amount: Money, _ key: Key) -> [Effect] {
        guard let action = voucherKeys.action(for: key, state) else {
            _ = state.payment.reference.handle(key)
            return []
        }
        switch action {
        case .cancel:
            state.payment.asking = nil
            state.status = .info("Bon annulé.")
            return []
        case .confirm:
            let reference = state.payment.reference.trimmed
            guard !reference.isEmpty else {
                state.status = .error("Tapez la référence du bon (le numéro écrit dessus), ou Échap.")
                return []
            }
            guard !state.payment.payments.contains(where: { $0.method == .voucher && $0.reference == reference }) else {
                state.status = .error("Le bon « \(reference) » est déjà sur ce ticket : un bon ne paie qu'une fois.")
                return []
            }
            state.payment.asking = nil
            state.payment.payments.append(Payment(method: .voucher, amount: amount, reference: reference))
            let rest = state.payment.remaining(of: state.sale.cart.total)
            if rest.isZero { return commit(&state) }
            state.status = .info("Bon « \(reference) » : \(amount.formatted). Reste à payer : \(rest.formatted).")
            return []
        }
    }

    /// What the screen says of any code that names no credit note, whatever is wrong with it.
    static let unrecognized = "Code d'avoir non reconnu : vérifiez-le, ou Échap."

    /// The code of the credit note being taken; the ledger tells what it is worth. Every
    /// code goes to the ledger, which logs the ones it does not recognise; a well-formed
    /// one is first shown in its printed form.
    private static func creditNoteCode(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard let action = creditNoteKeys.action(for: key, state) else {
            _ = state.payment.reference.handle(key)
            return []
        }
        switch action {
        case .cancel:
            state.payment.asking = nil
            state.status = .info("Avoir annulé.")
            return []
        case .confirm:
            let typed = state.payment.reference.trimmed
            guard !typed.isEmpty else {
                state.status = .error("Scannez ou tapez le code de l'avoir (AV-…), ou Échap.")
                return []
            }
            if let seconds = state.creditNoteBrake.wait(at: state.now) {
                state.status = .error("Trop de codes d'avoir non reconnus : attendez \(seconds) s avant le suivant, ou Échap.")
                return []
            }
            guard let code = CreditNoteCode.parse(typed) else {
                state.payment.asking = .checkingCreditNote(typed)
                state.status = .info("Recherche de l'avoir…")
                return [.payment(.lookUpCreditNote(typed))]
            }
            guard !state.payment.payments.contains(where: { $0.method == .creditNote && $0.reference == code }) else {
                state.status = .error("L'avoir « \(code) » est déjà sur ce ticket : un avoir ne sert qu'une fois.")
                return []
            }
            state.payment.asking = .checkingCreditNote(code)
            state.status = .info("Recherche de l'avoir…")
            return [.payment(.lookUpCreditNote(code))]
        }
    }

    private static func other(_ state: inout AppState, _ method: PaymentMethod) -> [Effect] {
        let rest = state.payment.remaining(of: state.sale.cart.total)
        guard let amount = typedAmount(&state, rest: rest) else { return [] }
        guard amount <= rest else {
            state.status = .error("\(method.label) : \(amount.formatted) dépasse le reste à payer (\(rest.formatted)). Tapez au plus \(rest.formatted).")
            return []
        }
        state.payment.payments.append(Payment(method: method, amount: amount))
        state.payment.given.clear()
        if amount < rest {
            let left = rest - amount
            state.status = .info("\(method.label) : \(amount.formatted). Reste à payer : \(left.formatted).")
            return []
        }
        return commit(&state)
    }

    private static func commit(_ state: inout AppState) -> [Effect] {
        guard let user = state.user, let session = state.session else {
            state.status = .error("La caisse n'est pas ouverte : reconnectez-vous.")
            return []
        }
        state.payment.committing = true
        state.status = .info("Enregistrement de la vente…")
        let draft = TicketDraft(lines: state.sale.cart.lines, payments: state.payment.payments,
                                household: state.sale.household?.number, override: state.sale.override)
        return [.sale(.commitSale(draft, operatorId: user.id, sessionId: session.id))]
    }

    static func view(_ state: AppState, _ canvas: inout Canvas) {
        let x = 10
        let total = state.sale.cart.total
        let rest = state.payment.remaining(of: total)
        let count = state.sale.cart.itemCount
        canvas.put("Encaissement", x: x, y: 3, style: .bold)
        canvas.put("\(count) article\(count > 1 ? "s" : "")", x: x, y: 4, style: Style(dim: true))
        canvas.put(Chrome.pad("Total du ticket :", 20) + Chrome.right(total.formatted, 14), x: x, y: 6, style: .bold)
        var y = 7
        for payment in state.payment.payments.suffix(4) {
            let label = payment.issuesCreditNote ? "Nouvel avoir" : payment.method.label
            let name = payment.reference.map { "\(label) \($0)" } ?? label
            // Room for a whole credit note code (`Avoir AV-7KQ2-M9XD-T`); amounts keep their column.
            canvas.put(Chrome.pad("  " + String(name.prefix(20)), 22) + Chrome.right("− " + payment.amount.formatted, 12), x: x, y: y)
            y += 1
        }
        if !state.payment.payments.isEmpty {
            canvas.put(Chrome.pad("Reste à payer :", 20) + Chrome.right(rest.formatted, 14), x: x, y: y, style: .bold)
            y += 1
        }
        y += 1
        switch state.payment.asking {
        case .voucher(let amount)?:
            referenceField(state, &canvas, x: x, y: y, title: "Référence du bon de \(amount.formatted) :",
                           help: "Entrée : valider le bon     Échap : annuler ce bon")
            return
        case .creditNote?, .checkingCreditNote?:
            referenceField(state, &canvas, x: x, y: y, title: "Code de l'avoir (scanné ou tapé) :",
                           help: "Entrée : valider l'avoir     Échap : annuler cet avoir")
            return
        case nil:
            break
        }
        canvas.put(Chrome.pad("Montant :", 20), x: x, y: y)
        canvas.put(state.payment.given.display(width: 12), x: x + 22, y: y)
        canvas.put("€", x: x + 35, y: y)
        canvas.cursor = (x + 22 + state.payment.given.cursorOffset(width: 12), y)
        y += 2
        let text = state.payment.given.trimmed
        if text.isEmpty {
            canvas.put(Chrome.pad("À rendre :", 20) + Chrome.right(Money.zero.formatted, 14) + "   (compte juste)", x: x, y: y)
        } else if case .success(let given) = Money.parse(text) {
            if given >= rest {
                canvas.put(Chrome.pad("À rendre (espèces) :", 20) + Chrome.right((given - rest).formatted, 14), x: x, y: y,
                           style: Style(bold: true, foreground: .green))
            } else {
                canvas.put(Chrome.pad("Il manque :", 20) + Chrome.right((rest - given).formatted, 14), x: x, y: y, style: .error)
            }
        }
        canvas.put("Tapez le montant puis : Entrée espèces, F2 carte, F3 chèque, F9 bon.", x: x - 4, y: y + 2, style: Style(dim: true))
        canvas.put("Sans montant, la touche paie tout le reste. F11 : un avoir (sert en entier).", x: x - 4, y: y + 3, style: Style(dim: true))
    }

    private static func referenceField(_ state: AppState, _ canvas: inout Canvas, x: Int, y: Int, title: String, help: String) {
        canvas.put(title, x: x, y: y, style: .bold)
        canvas.put(state.payment.reference.display(width: 30), x: x, y: y + 1)
        canvas.cursor = (x + state.payment.reference.cursorOffset(width: 30), y + 1)
        canvas.put(help, x: x - 4, y: y + 4, style: Style(dim: true))
    }
}
