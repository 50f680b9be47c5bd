import ComptoirCore

/// What the rules screen reads of the app's state.
public struct RulesContext: Equatable, Sendable {
    /// Who is at the till: they save the rules; nil when nobody is logged in.
    public var userId: Int64?
    /// The rules in force, as the household file last heard them: the form starts from them.
    public var rules: EpicerieRules
}

extension AppState {
    var rulesContext: RulesContext {
        RulesContext(userId: user?.id, rules: households.rules)
    }
}
