/// Where a binding is listed: the key bar, the help (F1), both or neither.
public struct KeyPlaces: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let bar = KeyPlaces(rawValue: 1)
    public static let help = KeyPlaces(rawValue: 2)
    public static let everywhere: KeyPlaces = [.bar, .help]
    public static let nowhere: KeyPlaces = []
}

/// One key of a screen: what it answers to, what the key bar and the help say, what it does.
/// `Context` is what its conditions read (the app state); `Action` is the screen's own enum.
public struct KeyBinding<Context, Action: Sendable>: Sendable {
    public var key: KeyName
    /// The alternative, shown as "F5 ou Alt+E" in the help and matched too.
    public var alt: KeyName?
    public var label: String
    /// Longer explanation for the help; the label when nil.
    public var help: String?
    public var action: Action
    /// When false the binding neither matches nor shows.
    public var isEnabled: @Sendable (Context) -> Bool = { _ in true }
    /// Where an enabled binding is listed.
    public var places: @Sendable (Context) -> KeyPlaces = { _ in .everywhere }

    public init(_ key: KeyName, alt: KeyName? = nil, _ label: String, help: String? = nil, _ action: Action) {
        self.key = key
        self.alt = alt
        self.label = label
        self.help = help
        self.action = action
    }

    /// A key that exists only while `condition` holds: otherwise it neither works nor shows.
    public func when(_ condition: @escaping @Sendable (Context) -> Bool) -> Self {
        var copy = self
        let previous = isEnabled
        copy.isEnabled = { previous($0) && condition($0) }
        return copy
    }

    /// A key that always works but is in the key bar only while `condition` holds; the
    /// help (F1) always lists it, so that it is complete.
    public func shown(when condition: @escaping @Sendable (Context) -> Bool) -> Self {
        listed { condition($0) ? .everywhere : .help }
    }

    /// A key that works without taking room in the key bar (a second letter, a habit kept,
    /// the arrows); the help (F1) lists it.
    public var hidden: Self { listed { _ in .help } }

    public func listed(_ places: @escaping @Sendable (Context) -> KeyPlaces) -> Self {
        var copy = self
        copy.places = places
        return copy
    }

    public func matches(_ key: Key, _ context: Context) -> Bool {
        (self.key.matches(key) || alt?.matches(key) == true) && isEnabled(context)
    }

    /// What the key bar and the help show of this binding.
    public var hint: KeyHint {
        KeyHint(key.text, label, alt: alt?.text, help: help)
    }
}
