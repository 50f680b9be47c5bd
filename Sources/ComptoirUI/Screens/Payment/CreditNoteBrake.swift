import Foundation

/// Unrecognised credit note codes typed in a row at this till. After `free` of them, each
/// further look-up waits: 5 s, then twice as long after each miss, up to 5 minutes; a code
/// that names a credit note ends the series. Random codes (40 bits) need no brake; it
/// slows whoever would try the older numbered codes one after another, and each miss is
/// also logged by the runtime. It lives as long as the till runs.
public struct CreditNoteBrake: Equatable, Sendable {
    static let free = 3
    static let longest: TimeInterval = 300

    public private(set) var misses = 0
    public private(set) var until: Date?

    public init() {}

    mutating func missed(at now: Date) {
        misses += 1
        guard misses >= Self.free else { return }
        let delay = min(Self.longest, 5 * pow(2, Double(misses - Self.free)))
        until = now.addingTimeInterval(delay)
    }

    mutating func recognised() {
        self = CreditNoteBrake()
    }

    /// Whole seconds still to wait at `now`, or nil when a code may be looked up.
    func wait(at now: Date) -> Int? {
        guard let until, until > now else { return nil }
        return Int(until.timeIntervalSince(now).rounded(.up))
    }
}
