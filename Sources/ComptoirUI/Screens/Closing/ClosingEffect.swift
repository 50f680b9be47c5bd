import ComptoirCore

/// The end of the day: the X, drops, and the Z.
public enum ClosingEffect: Equatable, Sendable {
    /// The X of the session. Answer: `.closing(.sessionReportLoaded)`.
    case loadSessionReport(sessionId: Int64)
    /// Print the X. Answer: `.notice` or `.failed`.
    case printSessionReport(sessionId: Int64)
    /// Take cash out of the drawer during the session, allowed by a responsable.
    /// Answer: `.closing(.cashDropped)` or `.failed`.
    case cashDrop(Money, Approval)
    /// The Z, with the drawer counted, confirmed by a responsable: written, printed, then a
    /// backup. `comment` is the counter's; the approval's reason joins it when not empty.
    /// Answer: `.closing(.sessionClosed)`, `.approvalRefused` or `.failed`.
    case closeSession(sessionId: Int64, count: CashCount, comment: String?, Approval)
    /// Print a Z again, as written, marked DUPLICATA and journaled: session `sessionId`'s,
    /// or this till's last one when nil. Answer: `.notice` (then `.notice` once printed) or `.failed`.
    case reprintZ(sessionId: Int64?, operatorId: Int64)
    /// The oldest month or year over, not closed, with all its Z's. Answer: `.closing(.periodDue)`.
    case findPeriodDue
    /// The monthly or yearly closing, by the responsable logged in.
    /// Answer: `.closing(.periodClosed)` or `.failed`.
    case closePeriod(PeriodReport.Kind, period: String, operatorId: Int64)
    /// Whether the retention periods are still to apply this month.
    /// Answer: `.closing(.retentionDue)`.
    case findRetentionDue
    /// The retention periods applied by the responsable logged in.
    /// Answer: `.closing(.retentionApplied)` or `.failed`.
    case applyRetention(operatorId: Int64)
}
