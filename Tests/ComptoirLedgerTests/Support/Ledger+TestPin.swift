import ComptoirCore
import Foundation
@testable import ComptoirLedger

extension Ledger {
    /// The user when the PIN is accepted now at the login screen (counted like any try).
    func authenticate(userId: Int64, pin: String, now: Date = Date()) throws -> UserSummary? {
        try checkPin(userId: userId, pin: pin, at: .login, now: now, till: TestShop.till).user
    }
}
