import Foundation
import ComptoirCore

/// The wait the ledger imposed on an account after wrong PINs, as this till last heard
/// it: shown counting down, and no PIN is sent for that account before it ends (the ledger
/// would refuse it anyway, and decides for every till).
public struct PinWait: Equatable, Sendable {
    public var userId: Int64
    public var until: Date

    public init(userId: Int64, until: Date) {
        self.userId = userId
        self.until = until
    }

    /// Whole seconds left for `userId` at `now`; nil when it is not waiting.
    public func seconds(for userId: Int64, at now: Date) -> Int? {
        guard userId == self.userId else { return nil }
        let left = until.timeIntervalSince(now)
        return left > 0 ? Int(left.rounded(.up)) : nil
    }

    /// The wait a refusal asks for, from `now`; nil when it asks for none.
    static func after(_ refusal: PinRefusal, userId: Int64, now: Date) -> PinWait? {
        switch refusal {
        case .wrongPin(_, let seconds) where seconds > 0, .wait(let seconds):
            return PinWait(userId: userId, until: now.addingTimeInterval(TimeInterval(seconds)))
        default:
            return nil
        }
    }
}
