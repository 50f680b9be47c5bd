import ComptoirCore
import Foundation
import GRDB

extension Ledger {
    /// Checks the PIN typed for an account, counting a wrong one in the ledger: the count,
    /// the wait and the lock are the same at every till and survive a restart.
    ///
    /// During a wait, or on a locked or deactivated account, the PIN is not even checked.
    /// A wrong PIN is journaled (`user.pin_failed`, without any PIN material), the
    /// `PinAttempts.lockAfter`-th also locks the account (`user.locked`); a right one after
    /// wrong ones sets the count back to zero (`user.pin_accepted`). `now` is the caller's
    /// clock (tests never sleep); `operatorId` is whoever is logged in, if anyone.
    public func checkPin(userId: Int64, pin: String, at place: PinAttemptPlace, now: Date, till: String,
                         operatorId: Int64? = nil) throws -> PinVerdict {
        guard let before = try read({ db in try PinState.fetch(db, userId) }) else { return .refused(.inactive) }
        if let refusal = before.refusalBeforeCheck(now: now) { return .refused(refusal) }
        let right = PinHash.matches(pin: pin, stored: before.pinHash)  // slow on purpose: outside the write lock
        return try write { db in
            // Another till may have counted a wrong PIN meanwhile: its wait applies to this one.
            guard let state = try PinState.fetch(db, userId) else { return .refused(.inactive) }
            if let refusal = state.refusalBeforeCheck(now: now) { return .refused(refusal) }
            let matches = state.pinHash == before.pinHash ? right : PinHash.matches(pin: pin, stored: state.pinHash)
            if matches {
                if state.failures > 0 {
                    try UserRecord.filter(key: userId).updateAll(db, [
                        UserRecord.Columns.pinFailures.set(to: 0), UserRecord.Columns.pinFailedAt.set(to: nil),
                    ])
                    try self.journal(db, .userPinAccepted, till: till, operatorId: operatorId, UserPayload(user: userId), now: now)
                }
                return .accepted(state.user)
            }
            let failures = state.failures + 1
            let locks = failures >= PinAttempts.lockAfter
            let stamp = try self.journal(db, .userPinFailed, till: till, operatorId: operatorId,
                                         UserPayload(user: userId, failures: failures, via: place.rawValue), now: now)
            try UserRecord.filter(key: userId).updateAll(db, [
                UserRecord.Columns.pinFailures.set(to: failures), UserRecord.Columns.pinFailedAt.set(to: stamp.at),
                UserRecord.Columns.locked.set(to: locks),
            ])
            if locks {
                try self.journal(db, .userLocked, till: till, operatorId: operatorId, UserPayload(user: userId), now: now)
                return .refused(.locked)
            }
            return .refused(.wrongPin(remainingBeforeLock: PinAttempts.lockAfter - failures,
                                      waitSeconds: PinAttempts.delay(afterFailures: failures)))
        }
    }

    /// Why a PIN typed now for the account would not even be checked (a wait, a lock, a
    /// deactivated account); nil when it would. Lets a prompt refuse before asking.
    public func pinRefusalBeforeCheck(userId: Int64, now: Date) throws -> PinRefusal? {
        guard let state = try read({ db in try PinState.fetch(db, userId) }) else { return .inactive }
        return state.refusalBeforeCheck(now: now)
    }

    /// What the ledger knows of an account's PIN attempts.
    struct PinState {
        var user: UserSummary
        var pinHash: String
        var failures: Int
        var lastFailure: Date?

        static func fetch(_ db: Database, _ id: Int64) throws -> PinState? {
            guard let user = try UserRecord.fetchOne(db, key: id) else { return nil }
            return PinState(user: try user.summary(), pinHash: user.pinHash, failures: user.pinFailures,
                            lastFailure: user.pinFailedAt.flatMap(Timestamp.date))
        }

        /// Why the PIN is not to be checked at all at `now`, if so.
        func refusalBeforeCheck(now: Date) -> PinRefusal? {
            guard user.active else { return .inactive }
            guard !user.locked else { return .locked }
            let delay = PinAttempts.delay(afterFailures: failures)
            guard delay > 0, let lastFailure else { return nil }
            // A clock put back never makes the wait longer than the delay itself.
            let left = min(Double(delay), lastFailure.timeIntervalSince(now) + Double(delay))
            return left > 0 ? .wait(seconds: Int(left.rounded(.up))) : nil
        }
    }
}
