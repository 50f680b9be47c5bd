/// One entry of the key bar and of the help: "F5" — "Encaisser" (letter alternative "Alt+E").
public struct KeyHint: Equatable, Sendable {
    public var key: String
    public var label: String
    public var alternative: String?
    /// Longer explanation for the help (F1); the label when nil.
    public var help: String?

    public init(_ key: String, _ label: String, alt: String? = nil, help: String? = nil) {
        self.key = key
        self.label = label
        self.alternative = alt
        self.help = help
    }
}
