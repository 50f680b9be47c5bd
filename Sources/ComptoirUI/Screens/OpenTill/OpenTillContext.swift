/// What the opening of the till reads of the app's state.
public struct OpenTillContext: Equatable, Sendable {
    /// Who opens the till; nil when nobody is logged in.
    public var userId: Int64?
    public var tillName: String
}

extension AppState {
    var openTillContext: OpenTillContext {
        OpenTillContext(userId: user?.id, tillName: context.tillName)
    }
}
