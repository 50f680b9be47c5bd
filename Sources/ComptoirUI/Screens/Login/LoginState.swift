import Foundation

/// The login screen: who is at the till, and their PIN.
public struct LoginState: Equatable, Sendable {
    public var selected = 0
    public var pin = TextField(maxLength: 8, digitsOnly: true, masked: true)
    /// Wrong PINs in a row at this till.
    public var failures = 0
    /// No PIN is checked before this time (the delay grows with the failures).
    public var lockedUntil: Date?
    public init() {}

    /// Seconds to wait after `failures` wrong PINs in a row: none for the first two, then
    /// 2, 4, 8… up to a minute.
    public static func delay(afterFailures failures: Int) -> TimeInterval {
        guard failures >= 3 else { return 0 }
        return min(60, pow(2, Double(failures - 2)))
    }
}
