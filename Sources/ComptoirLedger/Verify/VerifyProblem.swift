/// The first journal entry that does not hold: its number, its kind and why (French).
public struct VerifyProblem: Sendable, Equatable {
    public var seq: Int64
    public var kind: String
    public var reason: String

    public init(seq: Int64, kind: String, reason: String) {
        self.seq = seq
        self.kind = kind
        self.reason = reason
    }
}
