import ComptoirCore

/// The answers to `ClosingEffect`.
public enum ClosingMsg: Equatable, Sendable {
    case sessionReportLoaded(SessionReport)
    /// The Z was written (and sent to the printer); the session is closed. `backup` says
    /// where the copy made after it went, or why there is none.
    case sessionClosed(ClosingReport, backup: BackupOutcome? = nil)
    /// A drop was recorded and the drawer opened.
    case cashDropped(Money, by: String)
    /// What `findPeriodDue` found: nil when nothing is to close.
    case periodDue(PeriodDue?)
    case periodClosed(PeriodReport)
    /// What applying the periods would erase, or nil (done this month, or nothing to erase).
    case retentionDue(RetentionDue?)
    case retentionApplied(households: Int, sellers: Int, donorNames: Int)
}
