/// The line that says what just happened, in plain words.
public struct StatusLine: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case info, success, error }
    public var text: String
    public var kind: Kind
    /// The ticket whose commit this line reports, while it is on screen: its printing
    /// completes the line rather than replacing it. A new line has none.
    public var ticket: Int64?

    public init(_ text: String = "", kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }

    public static func success(_ text: String) -> StatusLine { StatusLine(text, kind: .success) }
    public static func error(_ text: String) -> StatusLine { StatusLine(text, kind: .error) }
    public static func info(_ text: String) -> StatusLine { StatusLine(text, kind: .info) }
}
