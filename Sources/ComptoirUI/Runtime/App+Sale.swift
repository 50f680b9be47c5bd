/// The sale and refund features inside the app: each works on its own slice of the state
/// with its context; what their outputs ask is done here (the app alone navigates).
extension App {
    static func sale(_ state: inout AppState, _ key: Key) -> [Effect] {
        let (effects, outputs) = SaleScreen.handle(&state.sale, state.saleContext, key)
        return effects + apply(outputs, &state)
    }

    static func sale(_ state: inout AppState, _ msg: SaleMsg) -> [Effect] {
        let (effects, outputs) = SaleScreen.receive(&state.sale, state.saleContext, msg)
        return effects + apply(outputs, &state)
    }

    static func saleScale(_ state: inout AppState, grams: Int?, problem: String?) -> [Effect] {
        let outputs = SaleScreen.scaleAnswered(&state.sale, state.saleContext, grams: grams, problem: problem)
        return apply(outputs, &state)
    }

    /// The effects are those of the features the sale screen opens.
    private static func apply(_ outputs: [SaleOutput], _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for output in outputs {
            switch output {
            case .status(let status):
                state.status = status
            case .askApproval(let purpose, let instruction):
                state.askApproval(purpose, instruction)
            case .approvalDone:
                state.overlay = nil
            case .confirmAbandon:
                state.overlay = .confirm(.abandonTicket)
            case .showParked(let tickets):
                state.overlay = .parked(tickets, selected: 0)
            case .checkout:
                effects += openPayment(&state)
            case .open(let destination):
                effects += open(destination, &state)
            case .logout:
                if let user = state.user { effects.append(.login(.logout(userId: user.id, quitting: false))) }
                state.user = nil
                state.login = LoginState()
                state.screen = .login
            case .showRefund(let ticket):
                state.refund = RefundState(ticket: ticket)
                state.screen = .refund
            case .paymentDone:
                state.payment = PaymentState()
                state.screen = .sale
            case .counterEntryDone:
                state.overlay = nil
                state.refund = nil
                state.screen = .sale
            case .committed(let number):
                state.lastTicket = number
            case .askReceipt(let number, let defaultYes):
                state.overlay = .confirm(.receipt(number: number, defaultYes: defaultYes))
            case .pendingPrint(let pending):
                state.pendingPrint = pending
            case .askCancellation(let ticket, let instruction):
                state.askApproval(.cancelTicket(ticket.number), instruction)
                if case .approval(var form)? = state.overlay {
                    form.ticket = ticket
                    state.overlay = .approval(form)
                }
            case .refundPreview(let ticket):
                if state.refund?.ticket.number == ticket.number { state.refund?.preview = ticket }
            }
        }
        return effects
    }

    private static func open(_ destination: SaleOutput.Destination, _ state: inout AppState) -> [Effect] {
        switch destination {
        case .users: return openUsers(&state)
        case .households: return openHouseholds(&state)
        case .stock: return openStock(&state)
        case .consignment: return openConsignment(&state)
        case .friperie: return openFriperie(&state)
        case .closing: return openClosing(&state)
        case .categories: return openCategories(&state)
        }
    }

    static func refund(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var refund = state.refund else {
            state.screen = .sale
            return []
        }
        let (effects, outputs) = RefundScreen.handle(&refund, state.refundContext, key)
        state.refund = refund
        for output in outputs {
            switch output {
            case .status(let status):
                state.status = status
            case .askApproval(let purpose, let instruction):
                state.askApproval(purpose, instruction)
                if let ticket = refund.preview, case .approval(var form)? = state.overlay {
                    form.ticket = ticket
                    state.overlay = .approval(form)
                }
            case .backToSale:
                state.refund = nil
                state.screen = .sale
            }
        }
        return effects
    }
}

/// Where the app hands this feature its keys, asks its key hints and draws it.
extension App {
    static func handleSale(_ state: inout AppState, _ key: Key) -> [Effect] {
        return sale(&state, key)
    }

    static func saleHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        if state.sale.freePrice != nil {
            return SaleScreen.freePriceKeys.hints(SaleKeysContext(sale: state.sale, context: state.saleContext), for: place)
        }
        if state.sale.handwritten != nil {
            return SaleScreen.handwrittenKeys.hints(SaleKeysContext(sale: state.sale, context: state.saleContext), for: place)
        }
        if state.sale.negativeStock != nil {
            return SaleScreen.stockKeys.hints(SaleKeysContext(sale: state.sale, context: state.saleContext), for: place)
        }
        return SaleScreen.keys.hints(SaleKeysContext(sale: state.sale, context: state.saleContext), for: place)
    }

    static func viewSale(_ state: AppState, barHeight: Int, _ canvas: inout Canvas) {
        SaleScreen.view(state.sale, state.saleContext, barHeight: barHeight, &canvas)
    }

    static func handleRefund(_ state: inout AppState, _ key: Key) -> [Effect] {
        return refund(&state, key)
    }

    static func refundHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        RefundScreen.keys.hints(state.refundContext, for: place)
    }

    static func viewRefund(_ state: AppState, barHeight: Int, _ canvas: inout Canvas) {
        guard let refund = state.refund else { return }
        RefundScreen.view(refund, state.refundContext, barHeight: barHeight, &canvas)
    }
}
