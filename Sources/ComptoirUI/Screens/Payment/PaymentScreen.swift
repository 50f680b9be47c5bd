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

    static let keys = KeyTable<PaymentKeysContext, Action>([
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

    static let voucherKeys = KeyTable<PaymentKeysContext, AskAction>([
        KeyBinding(.enter, "Valider le bon", help: "Valide la référence du bon", .confirm),
        KeyBinding(.escape, "Annuler ce bon", help: "Renonce à ce bon, les autres paiements restent", .cancel),
    ])

    static let creditNoteKeys = KeyTable<PaymentKeysContext, AskAction>([
        KeyBinding(.enter, "Valider l'avoir", help: "Cherche l'avoir dont le code est tapé ou scanné", .confirm),
        KeyBinding(.escape, "Annuler cet avoir", help: "Renonce à cet avoir, les autres paiements restent", .cancel),
    ])

    static func hints(_ payment: PaymentState, _ context: PaymentContext, for place: KeyPlaces) -> [KeyHint] {
        let on = PaymentKeysContext(payment: payment, context: context)
        switch payment.asking {
        case .voucher?: return voucherKeys.hints(on, for: place)
        case .creditNote?, .checkingCreditNote?: return creditNoteKeys.hints(on, for: place)
        case nil: return keys.hints(on, for: place)
        }
    }

    /// The ticket goes to be paid: nothing is taken yet.
    static func open(_ payment: inout PaymentState, _ context: PaymentContext) -> ([Effect], [PaymentOutput]) {
        payment = PaymentState()
        return ([], [.show, .status(.info("Tapez le montant donné par le client, puis Entrée."))])
    }

    static func handle(_ payment: inout PaymentState, _ context: PaymentContext, _ key: Key) -> ([Effect], [PaymentOutput]) {
        guard !payment.committing else { return ([], []) }
        switch payment.asking {
        case .voucher(let amount)?: return voucherReference(&payment, context, amount, key)
        case .creditNote?: return creditNoteCode(&payment, context, key)
        case .checkingCreditNote?: return ([], [])
        case nil: break
        }
        guard let action = keys.action(for: key, PaymentKeysContext(payment: payment, context: context)) else {
            _ = payment.given.handle(key)
            return ([], [])
        }
        switch action {
        case .back:
            let hadParts = !payment.payments.isEmpty
            payment = PaymentState()
            return ([], [.backToSale, .status(.info(hadParts ? "Retour au ticket : les paiements partiels sont annulés, rien n'a été encaissé."
                                                             : "Retour au ticket : rien n'a été encaissé."))])
        case .cash:
            return cash(&payment, context)
        case .card:
            return other(&payment, context, .card)
        case .cheque:
            return other(&payment, context, .cheque)
        case .voucher:
            let rest = payment.remaining(of: context.total)
            var problems: [PaymentOutput] = []
            guard let amount = typedAmount(payment, rest: rest, &problems) else { return ([], problems) }
            guard amount <= rest else {
                return ([], [.status(.error("Bon : \(amount.formatted) dépasse le reste à payer (\(rest.formatted)). Tapez au plus \(rest.formatted)."))])
            }
            payment.given.clear()
            payment.asking = .voucher(amount)
            payment.reference.clear()
            return ([], [.status(.info("Bon de \(amount.formatted) : tapez sa référence (le numéro écrit sur le bon) puis Entrée."))])
        case .creditNote:
            payment.given.clear()
            payment.asking = .creditNote
            payment.reference.clear()
            return ([], [.status(.info("Avoir : scannez ou tapez son code (AV-…) puis Entrée. Il sert pour toute sa valeur."))])
        case .undo:
            guard let last = payment.payments.popLast() else {
                return ([], [.status(.error("Aucun paiement partiel à retirer."))])
            }
            // The new credit note goes with the one it is the rest of.
            if last.issuesCreditNote, let spent = payment.payments.popLast() {
                return ([], [.status(.info("Avoir « \(spent.reference ?? "") » retiré."))])
            }
            let name = last.reference.map { "\(last.method.label) « \($0) »" } ?? "« \(last.method.label) »"
            return ([], [.status(.info("Paiement \(name) de \(last.amount.formatted) retiré."))])
        case .note(let amount):
            payment.given = TextField(amount.plain, maxLength: 12)
            return ([], [])
        }
    }

    static func receive(_ payment: inout PaymentState, _ context: PaymentContext, _ msg: PaymentMsg) -> ([Effect], [PaymentOutput]) {
        switch msg {
        case .creditNoteChecked(let code, let note): return creditNoteChecked(&payment, context, code: code, note)
        }
    }

    private static func creditNoteChecked(_ payment: inout PaymentState, _ context: PaymentContext, code: String,
                                          _ note: CreditNote?) -> ([Effect], [PaymentOutput]) {
        guard payment.asking == .checkingCreditNote(code) else { return ([], []) }
        payment.asking = .creditNote
        // Malformed, wrong or unknown: one answer, that tells a guesser nothing.
        guard let note else {
            return ([], [.creditNoteMissed, .status(.error(unrecognized))])
        }
        var outputs: [PaymentOutput] = [.creditNoteRecognised]
        if let by = note.spentBy {
            outputs.append(.status(.error("L'avoir « \(code) » a déjà servi (ticket n° \(context.ticketName(by))) : un avoir ne sert qu'une fois. Échap : autre paiement.")))
            return ([], outputs)
        }
        payment.asking = nil
        let rest = payment.remaining(of: context.total)
        payment.payments.append(Payment(method: .creditNote, amount: note.value, reference: code))
        if note.value > rest {
            let left = note.value - rest
            payment.payments.append(Payment(method: .creditNote, amount: -left))
            outputs.append(.status(.info("Avoir « \(code) » de \(note.value.formatted) : le reste, \(left.formatted), devient un nouvel avoir.")))
        }
        if payment.remaining(of: context.total).isZero {
            let (effects, committed) = commit(&payment, context)
            return (effects, outputs + committed)
        }
        let left = payment.remaining(of: context.total)
        outputs.append(.status(.info("Avoir « \(code) » : \(note.value.formatted). Reste à payer : \(left.formatted).")))
        return ([], outputs)
    }

    /// The typed amount, or the rest when nothing is typed; nil after saying what is wrong.
    private static func typedAmount(_ payment: PaymentState, rest: Money, _ outputs: inout [PaymentOutput]) -> Money? {
        let text = payment.given.trimmed
        guard !text.isEmpty else { return rest }
        switch Money.parse(text) {
        case .failure(let error):
            outputs.append(.status(.error(error.message)))
            return nil
        case .success(let amount):
            guard !amount.isZero else {
                outputs.append(.status(.error("Un paiement de 0 € ne paie rien : tapez le montant.")))
                return nil
            }
            return amount
        }
    }

    /// Cash pays the rest; more than the rest gives change; less than the rest is taken in
    /// cash and the rest is left to pay, by any means (payments in any order).
    private static func cash(_ payment: inout PaymentState, _ context: PaymentContext) -> ([Effect], [PaymentOutput]) {
        let rest = payment.remaining(of: context.total)
        var problems: [PaymentOutput] = []
        guard let given = typedAmount(payment, rest: rest, &problems) else { return ([], problems) }
        switch Payment.cash(total: rest, given: given) {
        case .failure(let shortfall):
            // Less than the rest: that much in cash, the rest by another means (or more cash).
            payment.payments.append(Payment(method: .cash, amount: shortfall.given))
            payment.given.clear()
            let left = shortfall.total - shortfall.given
            return ([], [.status(.info("Espèces : \(shortfall.given.formatted). Reste à payer : \(left.formatted) — Entrée espèces, F2 carte, F3 chèque."))])
        case .success(let cash):
            payment.payments.append(cash)
            payment.given.clear()
            return commit(&payment, context)
        }
    }

    /// The reference of the voucher being taken; Échap gives up this voucher only.
    private static func voucherReference(_ payment: inout PaymentState, _ context: PaymentContext, _ amount: Money,
                                         _ key: Key) -> ([Effect], [PaymentOutput]) {
        guard let action = voucherKeys.action(for: key, PaymentKeysContext(payment: payment, context: context)) else {
            _ = payment.reference.handle(key)
            return ([], [])
        }
        switch action {
        case .cancel:
            payment.asking = nil
            return ([], [.status(.info("Bon annulé."))])
        case .confirm:
            let reference = payment.reference.trimmed
            guard !reference.isEmpty else {
                return ([], [.status(.error("Tapez la référence du bon (le numéro écrit dessus), ou Échap."))])
            }
            guard !payment.payments.contains(where: { $0.method == .voucher && $0.reference == reference }) else {
                return ([], [.status(.error("Le bon « \(reference) » est déjà sur ce ticket : un bon ne paie qu'une fois."))])
            }
            payment.asking = nil
            payment.payments.append(Payment(method: .voucher, amount: amount, reference: reference))
            let rest = payment.remaining(of: context.total)
            if rest.isZero { return commit(&payment, context) }
            return ([], [.status(.info("Bon « \(reference) » : \(amount.formatted). Reste à payer : \(rest.formatted)."))])
        }
    }

    /// What the screen says of any code that names no credit note, whatever is wrong with it.
    static let unrecognized = "Code d'avoir non reconnu : vérifiez-le, ou Échap."

    /// The code of the credit note being taken; the ledger tells what it is worth. Every
    /// code goes to the ledger, which logs the ones it does not recognise; a well-formed
    /// one is first shown in its printed form.
    private static func creditNoteCode(_ payment: inout PaymentState, _ context: PaymentContext,
                                       _ key: Key) -> ([Effect], [PaymentOutput]) {
        guard let action = creditNoteKeys.action(for: key, PaymentKeysContext(payment: payment, context: context)) else {
            _ = payment.reference.handle(key)
            return ([], [])
        }
        switch action {
        case .cancel:
            payment.asking = nil
            return ([], [.status(.info("Avoir annulé."))])
        case .confirm:
            let typed = payment.reference.trimmed
            guard !typed.isEmpty else {
                return ([], [.status(.error("Scannez ou tapez le code de l'avoir (AV-…), ou Échap."))])
            }
            if let seconds = context.creditNoteBrake.wait(at: context.now) {
                return ([], [.status(.error("Trop de codes d'avoir non reconnus : attendez \(seconds) s avant le suivant, ou Échap."))])
            }
            guard let code = CreditNoteCode.parse(typed) else {
                payment.asking = .checkingCreditNote(typed)
                return ([.payment(.lookUpCreditNote(typed))], [.status(.info("Recherche de l'avoir…"))])
            }
            guard !payment.payments.contains(where: { $0.method == .creditNote && $0.reference == code }) else {
                return ([], [.status(.error("L'avoir « \(code) » est déjà sur ce ticket : un avoir ne sert qu'une fois."))])
            }
            payment.asking = .checkingCreditNote(code)
            return ([.payment(.lookUpCreditNote(code))], [.status(.info("Recherche de l'avoir…"))])
        }
    }

    private static func other(_ payment: inout PaymentState, _ context: PaymentContext,
                              _ method: PaymentMethod) -> ([Effect], [PaymentOutput]) {
        let rest = payment.remaining(of: context.total)
        var problems: [PaymentOutput] = []
        guard let amount = typedAmount(payment, rest: rest, &problems) else { return ([], problems) }
        guard amount <= rest else {
            return ([], [.status(.error("\(method.label) : \(amount.formatted) dépasse le reste à payer (\(rest.formatted)). Tapez au plus \(rest.formatted)."))])
        }
        payment.payments.append(Payment(method: method, amount: amount))
        payment.given.clear()
        if amount < rest {
            let left = rest - amount
            return ([], [.status(.info("\(method.label) : \(amount.formatted). Reste à payer : \(left.formatted)."))])
        }
        return commit(&payment, context)
    }

    /// The rest is paid: the sale is asked to write the ticket, once.
    private static func commit(_ payment: inout PaymentState, _ context: PaymentContext) -> ([Effect], [PaymentOutput]) {
        guard let user = context.user, let session = context.session else {
            return ([], [.status(.error("La caisse n'est pas ouverte : reconnectez-vous."))])
        }
        payment.committing = true
        let draft = TicketDraft(lines: context.cart.lines, payments: payment.payments,
                                household: context.household, override: context.override, stockAccepted: context.stockAccepted)
        return ([.sale(.commitSale(draft, operatorId: user.id, sessionId: session.id))], [.status(.info("Enregistrement de la vente…"))])
    }

    static func view(_ payment: PaymentState, _ context: PaymentContext, _ canvas: inout Canvas) {
        let x = 10
        let total = context.cart.total
        let rest = payment.remaining(of: total)
        let count = context.cart.itemCount
        canvas.put("Encaissement", x: x, y: 3, style: .bold)
        canvas.put("\(count) article\(count > 1 ? "s" : "")", x: x, y: 4, style: Style(dim: true))
        canvas.put(Chrome.pad("Total du ticket :", 20) + Chrome.right(total.formatted, 14), x: x, y: 6, style: .bold)
        var y = 7
        for payment in payment.payments.suffix(4) {
            let label = payment.issuesCreditNote ? "Nouvel avoir" : payment.method.label
            let name = payment.reference.map { "\(label) \($0)" } ?? label
            // Room for a whole credit note code (`Avoir AV-7KQ2-M9XD-T`); amounts keep their column.
            canvas.put(Chrome.pad("  " + String(name.prefix(20)), 22) + Chrome.right("− " + payment.amount.formatted, 12), x: x, y: y)
            y += 1
        }
        if !payment.payments.isEmpty {
            canvas.put(Chrome.pad("Reste à payer :", 20) + Chrome.right(rest.formatted, 14), x: x, y: y, style: .bold)
            y += 1
        }
        y += 1
        switch payment.asking {
        case .voucher(let amount)?:
            referenceField(payment, &canvas, x: x, y: y, title: "Référence du bon de \(amount.formatted) :",
                           help: "Entrée : valider le bon     Échap : annuler ce bon")
            return
        case .creditNote?, .checkingCreditNote?:
            referenceField(payment, &canvas, x: x, y: y, title: "Code de l'avoir (scanné ou tapé) :",
                           help: "Entrée : valider l'avoir     Échap : annuler cet avoir")
            return
        case nil:
            break
        }
        canvas.put(Chrome.pad("Montant :", 20), x: x, y: y)
        canvas.put(payment.given.display(width: 12), x: x + 22, y: y)
        canvas.put("€", x: x + 35, y: y)
        canvas.cursor = (x + 22 + payment.given.cursorOffset(width: 12), y)
        y += 2
        let text = payment.given.trimmed
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
        canvas.put("Sans montant, la touche paie tout le reste. F11 : avoir (pris en entier).", x: x - 4, y: y + 3, style: Style(dim: true))
    }

    private static func referenceField(_ payment: PaymentState, _ canvas: inout Canvas, x: Int, y: Int, title: String, help: String) {
        canvas.put(title, x: x, y: y, style: .bold)
        canvas.put(payment.reference.display(width: 30), x: x, y: y + 1)
        canvas.cursor = (x + payment.reference.cursorOffset(width: 30), y + 1)
        canvas.put(help, x: x - 4, y: y + 4, style: Style(dim: true))
    }
}
