@testable import ComptoirUI

extension Effect {
    /// The effect the approval form sends for `purpose`, written as the form's fields.
    static func approve(_ purpose: ApprovalPurpose, managerId: Int64, pin: String, reason: String, operatorId: Int64) -> Effect {
        purpose.effect(Approval(managerId: managerId, pin: pin, reason: reason, operatorId: operatorId))
    }
}
