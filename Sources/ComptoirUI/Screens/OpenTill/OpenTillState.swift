/// Opening the till: the counted float.
public struct OpenTillState: Equatable, Sendable {
    public var float = TextField(maxLength: 12)
    public init() {}
}
