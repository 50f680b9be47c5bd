/// The keys of one screen as data: the key bar, the help (F1) and `handle` read the same
/// table, so a key cannot be shown without working or work without being listed by mistake.
public struct KeyTable<Context, Action: Sendable>: Sendable {
    public var bindings: [KeyBinding<Context, Action>]

    public init(_ bindings: [KeyBinding<Context, Action>]) {
        self.bindings = bindings
    }

    /// The action of the first enabled binding answering to `key`, if any.
    public func action(for key: Key, _ context: Context) -> Action? {
        bindings.first { $0.matches(key, context) }?.action
    }

    /// The enabled bindings listed at `place`, in the table's order. The help leaves out a
    /// binding whose keys all belong to an earlier one it lists: that binding never acts.
    public func hints(_ context: Context, for place: KeyPlaces = .bar) -> [KeyHint] {
        var taken: Set<KeyName> = []
        var hints: [KeyHint] = []
        for binding in bindings where binding.isEnabled(context) && binding.places(context).contains(place) {
            let names = [binding.key] + (binding.alt.map { [$0] } ?? [])
            if place == .help, names.allSatisfy(taken.contains) { continue }
            taken.formUnion(names)
            hints.append(binding.hint)
        }
        return hints
    }

    /// The names of every key that acts here: what a complete help lists.
    public func keyNames(_ context: Context) -> [String] {
        bindings.filter { $0.isEnabled(context) }.flatMap { [$0.key.text] + ($0.alt.map { [$0.text] } ?? []) }
    }

    /// The listed keys on one line, as a box reminds them: "↑↓ choisir   Entrée reprendre".
    public func line(_ context: Context, separator: String) -> String {
        hints(context).map { $0.key + " " + $0.label }.joined(separator: separator)
    }

    public static func + (lhs: Self, rhs: Self) -> Self {
        KeyTable(lhs.bindings + rhs.bindings)
    }
}
