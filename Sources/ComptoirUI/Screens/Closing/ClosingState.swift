import ComptoirCore

/// The closing screen: the X of the session, and the drawer being counted.
public struct ClosingState: Equatable, Sendable {
    public var report: SessionReport?
    /// One field per denomination (`CashCount.denominations`), then the comment.
    public var counts: [TextField] = CashCount.denominations.map { _ in TextField(maxLength: 6, digitsOnly: true) }
    public var comment = TextField(maxLength: 60)
    /// 0…14: a denomination; 15: the comment.
    public var focus = 0
    /// The session was left open on an earlier day: it must be closed before selling.
    public var forgotten = false
    /// The chart of the day (F4) instead of the count.
    public var chart = false
    /// A drop being typed (F3): the amount taken out of the drawer.
    public var drop: TextField?
    /// The first figure shown when they do not all fit (Pg↑ Pg↓).
    public var figuresOffset = 0
    public init() {}

    public var commentFocus: Int { counts.count }

    public var count: CashCount {
        var pieces: [Int64: Int] = [:]
        for (cents, field) in zip(CashCount.denominations, counts) {
            if let n = Int(field.trimmed), n > 0 { pieces[cents] = n }
        }
        return CashCount(pieces: pieces)
    }
}
