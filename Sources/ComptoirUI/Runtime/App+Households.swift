/// The households and rules screens inside the app: answers on their own slice, outputs
/// done here.
extension App {
    static func households(_ state: inout AppState, _ msg: HouseholdsMsg) -> [Effect] {
        for output in HouseholdsScreen.receive(&state.households, state.householdsContext, msg) {
            switch output {
            case .status(let status):
                state.status = status
            case .rulesSaved:
                state.rulesForm = nil
                state.screen = .households
            }
        }
        return []
    }
}
