/// The accounts screen inside the app: its answers on its own slice, its outputs done here.
extension App {
    static func users(_ state: inout AppState, _ msg: UsersMsg) -> [Effect] {
        let (effects, outputs) = UsersScreen.receive(&state.admin, msg)
        for output in outputs {
            switch output {
            case .status(let status):
                state.status = status
            case .usersChanged(let users):
                state.users = users
                refreshUser(&state)
            }
        }
        return effects
    }
}
