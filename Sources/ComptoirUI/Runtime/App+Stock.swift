/// The stock screen inside the app: its answers on its own slice, its outputs done here.
extension App {
    static func stock(_ state: inout AppState, _ msg: StockMsg) -> [Effect] {
        for output in StockScreen.receive(&state.stock, msg) {
            switch output {
            case .status(let status): state.status = status
            }
        }
        return []
    }
}
