/// The payment feature inside the app: its slice of the state, its context (the sale's
/// ticket, read-only), and what its outputs do (the app alone navigates and owns the status
/// line and the credit note brake).
extension App {
    /// The sale's checkout (F5): the ticket goes to be paid.
    static func openPayment(_ state: inout AppState) -> [Effect] {
        let (effects, outputs) = PaymentScreen.open(&state.payment, state.paymentContext)
        apply(outputs, &state)
        return effects
    }

    static func payment(_ state: inout AppState, _ msg: PaymentMsg) -> [Effect] {
        let (effects, outputs) = PaymentScreen.receive(&state.payment, state.paymentContext, msg)
        apply(outputs, &state)
        return effects
    }

    private static func apply(_ outputs: [PaymentOutput], _ state: inout AppState) {
        for output in outputs {
            switch output {
            case .show: state.screen = .payment
            case .status(let status): state.status = status
            case .backToSale: state.screen = .sale
            case .creditNoteMissed: state.creditNoteBrake.missed(at: state.now)
            case .creditNoteRecognised: state.creditNoteBrake.recognised()
            }
        }
    }
}


/// Where the app hands this feature its keys, asks its key hints and draws it.
extension App {
    static func handlePayment(_ state: inout AppState, _ key: Key) -> [Effect] {
        let (effects, outputs) = PaymentScreen.handle(&state.payment, state.paymentContext, key)
        apply(outputs, &state)
        return effects
    }

    static func paymentHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        PaymentScreen.hints(state.payment, state.paymentContext, for: place)
    }

    static func viewPayment(_ state: AppState, barHeight: Int, _ canvas: inout Canvas) {
        PaymentScreen.view(state.payment, state.paymentContext, &canvas)
    }
}
