/// The sale and refund screens inside the app.

/// Where the app hands this feature its keys, asks its key hints and draws it.
extension App {
    static func handleSale(_ state: inout AppState, _ key: Key) -> [Effect] {
        return SaleScreen.handle(&state, key)
    }

    static func saleHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        SaleScreen.keys.hints(state, for: place)
    }

    static func viewSale(_ state: AppState, _ canvas: inout Canvas) {
        SaleScreen.view(state, &canvas)
    }

    static func handleRefund(_ state: inout AppState, _ key: Key) -> [Effect] {
        return RefundScreen.handle(&state, key)
    }

    static func refundHints(_ state: AppState, _ place: KeyPlaces) -> [KeyHint] {
        RefundScreen.keys.hints(state, for: place)
    }

    static func viewRefund(_ state: AppState, _ canvas: inout Canvas) {
        RefundScreen.view(state, &canvas)
    }
}
