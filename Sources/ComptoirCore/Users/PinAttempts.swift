/// How wrong PINs are paid for, per account and whatever the till: after `freeFailures`
/// wrong PINs in a row each new try waits a little longer, and the `lockAfter`-th locks
/// the account until an admin reactivates it.
public enum PinAttempts {
    public static let freeFailures = 3
    public static let lockAfter = 10
    /// The longest wait, in seconds (5 min).
    public static let longestDelay = 300

    /// Seconds to wait after `failures` wrong PINs in a row: none for the first two, then
    /// 2, 4, 8… up to 5 min.
    public static func delay(afterFailures failures: Int) -> Int {
        guard failures >= freeFailures else { return 0 }
        let doublings = failures - freeFailures + 1
        return doublings >= 9 ? longestDelay : min(longestDelay, 1 << doublings)
    }
}
