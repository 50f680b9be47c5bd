import ComptoirCore

/// Cash payment: amount given, change due, then the ticket is committed.
enum PaymentScreen {
    /// Quick keys for the usual notes.
    static let notes: [(key: Int, amount: Money)] = [
        (5, Money(euros: 5)), (6, Money(euros: 10)), (7, Money(euros: 20)), (8, Money(euros: 50)),
    ]

    static let hints: [KeyHint] = [
        KeyHint("Entrée", "Valider", help: "Enregistre la vente (sans montant : compte juste)"),
        KeyHint("Échap", "Retour au ticket", help: "Revient au ticket sans rien enregistrer"),
    ] + notes.map { KeyHint("F\($0.key)", $0.amount.formatted, help: "Le client donne un billet de \($0.amount.formatted)") }

    static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard !state.payment.committing else { return [] }
        switch key {
        case .escape:
            state.screen = .sale
            state.status = .info("Retour au ticket : rien n'a été encaissé.")
            return []
        case .enter:
            return commit(&state)
        case .function(let n):
            if let note = notes.first(where: { $0.key == n }) {
                state.payment.given = TextField(note.amount.plain, maxLength: 12)
            }
            return []
        default:
            _ = state.payment.given.handle(key)
            return []
        }
    }

    private static func commit(_ state: inout AppState) -> [Effect] {
        guard let user = state.user, let session = state.session else {
            state.status = .error("La caisse n'est pas ouverte : reconnectez-vous.")
            return []
        }
        let total = state.sale.cart.total
        let given: Money
        if state.payment.given.trimmed.isEmpty {
            given = total
        } else {
            switch Money.parse(state.payment.given.text) {
            case .failure(let error):
                state.status = .error(error.message)
                return []
            case .success(let amount):
                given = amount
            }
        }
        switch Payment.cash(total: total, given: given) {
        case .failure(let shortfall):
            state.status = .error(shortfall.message)
            return []
        case .success(let payment):
            state.payment.committing = true
            state.status = .info("Enregistrement de la vente…")
            let draft = TicketDraft(lines: state.sale.cart.lines, payments: [payment])
            return [.commitSale(draft, operatorId: user.id, sessionId: session.id)]
        }
    }

    static func view(_ state: AppState, _ canvas: inout Canvas) {
        let x = 10
        let total = state.sale.cart.total
        let count = state.sale.cart.itemCount
        canvas.put("Encaissement en espèces", x: x, y: 3, style: .bold)
        canvas.put("\(count) article\(count > 1 ? "s" : "")", x: x, y: 4, style: Style(dim: true))
        canvas.put(Chrome.pad("Total à payer :", 18) + Chrome.right(total.formatted, 14), x: x, y: 6, style: .bold)
        canvas.put(Chrome.pad("Montant reçu :", 18), x: x, y: 8)
        canvas.put(state.payment.given.display(width: 12), x: x + 20, y: 8)
        canvas.put("€", x: x + 33, y: 8)
        canvas.cursor = (x + 20 + state.payment.given.cursorOffset(width: 12), 8)
        let text = state.payment.given.trimmed
        if text.isEmpty {
            canvas.put(Chrome.pad("À rendre :", 18) + Chrome.right(Money.zero.formatted, 14) + "   (compte juste)", x: x, y: 10)
        } else if case .success(let given) = Money.parse(text) {
            if given >= total {
                canvas.put(Chrome.pad("À rendre :", 18) + Chrome.right((given - total).formatted, 14), x: x, y: 10, style: Style(bold: true, foreground: .green))
            } else {
                canvas.put(Chrome.pad("Il manque :", 18) + Chrome.right((total - given).formatted, 14), x: x, y: 10, style: .error)
            }
        }
        canvas.put("Tapez le montant donné par le client puis Entrée.", x: x, y: 13, style: Style(dim: true))
        canvas.put("Entrée seule : le client donne le compte juste.", x: x, y: 14, style: Style(dim: true))
    }
}
