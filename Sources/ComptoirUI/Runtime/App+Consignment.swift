/// The vide-greniers inside the app: its answers on its own slice, its outputs done here.
extension App {
    static func consignment(_ state: inout AppState, _ msg: ConsignmentMsg) -> [Effect] {
        for output in ConsignmentScreen.receive(&state.consignment, training: state.training, msg) {
            switch output {
            case .status(let status):
                state.status = status
            case .approvalDone:
                if case .approval? = state.overlay { state.overlay = nil }
            case .addToTicket(let line):
                state.sale.cart.add(line)
                state.sale.selected = state.sale.cart.lines.count - 1
                state.screen = .sale
            }
        }
        return []
    }
}
