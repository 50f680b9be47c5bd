import Foundation

/// A Z as written: its figures, what was counted, and the variance.
public struct ClosingReport: Hashable, Sendable {
    public var report: SessionReport
    public var count: CashCount
    public var counted: Money
    public var variance: Money
    public var comment: String?
    public var closedAt: Date
    public var closedBy: String
    public var journalSeq: Int64

    public init(report: SessionReport, count: CashCount, counted: Money, variance: Money, comment: String?, closedAt: Date,
                closedBy: String, journalSeq: Int64) {
        self.report = report
        self.count = count
        self.counted = counted
        self.variance = variance
        self.comment = comment
        self.closedAt = closedAt
        self.closedBy = closedBy
        self.journalSeq = journalSeq
    }
}

