/// The payment screen inside the app.

/// Where the app hands this feature its keys, asks its key hints and draws it.
extension App {
    static func handlePayment(_ state: inout AppState, _ key: Key) -> [Effect] {
        return PaymentScreen.handle(&state, key)
    }

    static func paymentHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        PaymentScreen.hints(state, for: place)
    }

    static func viewPayment(_ state: AppState, _ canvas: inout Canvas) {
        PaymentScreen.view(state, &canvas)
    }
}
