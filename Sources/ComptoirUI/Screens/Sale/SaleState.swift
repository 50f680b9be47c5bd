import ComptoirCore

/// The sale screen: the ticket being built and the code field that always has the focus.
public struct SaleState: Equatable, Sendable {
    /// What the code field is asking for right now.
    public enum Mode: Equatable, Sendable {
        case code
        case freePrice
        case quantity
    }

    public var cart = Cart()
    public var selected: Int?
    public var code = TextField(maxLength: 40)
    public var mode: Mode = .code
    /// First visible line of the table when the ticket is longer than the screen.
    public var scroll = 0
    public init() {}
}
