import Foundation

/// The login screen: who is at the till, and their PIN. Wrong PINs are counted by the
/// ledger (every till, across restarts); this only remembers the last wait it announced.
public struct LoginState: Equatable, Sendable {
    public var list = ListState()
    public var selected: Int {
        get { list.selected }
        set { list.selected = newValue }
    }
    public var pin = TextField(maxLength: 8, digitsOnly: true, masked: true)
    public var wait: PinWait?
    public init() {}
}
