/// First start: the form that creates the manager account.
public struct SetupState: Equatable, Sendable {
    public var firstName = TextField(maxLength: 24)
    public var pin = TextField(maxLength: PinRuleLimits.max, digitsOnly: true, masked: true)
    public var confirmPin = TextField(maxLength: PinRuleLimits.max, digitsOnly: true, masked: true)
    /// 0 first name, 1 PIN, 2 confirmation.
    public var focus = 0
    public init() {}
}

import ComptoirCore
enum PinRuleLimits { static let max = PinRule.maxLength }
