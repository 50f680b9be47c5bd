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

    /// The enabled bindings listed at `place`, in the table's order.
    public func hints(_ context: Context, for place: KeyPlaces = .bar) -> [KeyHint] {
        bindings.filter { $0.isEnabled(context) && $0.places(context).contains(place) }.map(\.hint)
    }

    /// The listed keys on one line, as a box reminds them: "↑↓ choisir   Entrée reprendre".
    public func line(_ context: Context, separator: String) -> String {
        hints(context).map { $0.key + " " + $0.label }.joined(separator: separator)
    }

    public static func + (lhs: Self, rhs: Self) -> Self {
        KeyTable(lhs.bindings + rhs.bindings)
    }
}
