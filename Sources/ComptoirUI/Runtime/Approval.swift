/// A responsable's consent as the approval form collected it: who, their PIN (checked and
/// counted by the ledger), the reason, and who asked at the till.
public struct Approval: Equatable, Sendable {
    public var managerId: Int64
    public var pin: String
    public var reason: String
    public var operatorId: Int64

    public init(managerId: Int64, pin: String, reason: String, operatorId: Int64) {
        self.managerId = managerId
        self.pin = pin
        self.reason = reason
        self.operatorId = operatorId
    }
}
