/// The first journal entry that does not hold: its number, its kind, the table whose row
/// disagrees with it (nil when the journal itself is at fault) and why (French).
public struct VerifyProblem: Sendable, Equatable {
    public var seq: Int64
    public var kind: String
    public var reason: String
    public var table: String?

    public init(seq: Int64, kind: String, reason: String, table: String? = nil) {
        self.seq = seq
        self.kind = kind
        self.reason = reason
        self.table = table
    }

    init(seq: Int64, kind: String, table: String?, reason: String) {
        self.init(seq: seq, kind: kind, reason: reason, table: table)
    }
}
