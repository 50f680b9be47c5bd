/// The back door inside the app: its answers on its own slice, its outputs done here.
extension App {
    static func friperie(_ state: inout AppState, _ msg: FriperieMsg) -> [Effect] {
        apply(FriperieScreen.receive(&state.friperie, msg), &state)
        return []
    }

    static func friperieScale(_ state: inout AppState, grams: Int?, problem: String?) -> [Effect] {
        apply(FriperieScreen.scaleAnswered(&state.friperie, grams: grams, problem: problem), &state)
        return []
    }

    private static func apply(_ outputs: [FriperieOutput], _ state: inout AppState) {
        for output in outputs {
            switch output {
            case .status(let status): state.status = status
            }
        }
    }
}
