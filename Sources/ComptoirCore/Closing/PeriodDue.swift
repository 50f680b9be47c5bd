/// A month or a year that is over, not closed, with every Z made: the first login of a
/// responsable proposes to close it. `report` is what its closing would record.
public struct PeriodDue: Hashable, Sendable {
    public var report: PeriodReport

    public init(report: PeriodReport) {
        self.report = report
    }

    public var kind: PeriodReport.Kind { report.kind }
    public var period: String { report.period }

    /// « le mois de novembre 2026 », « l'année 2026 ».
    public var named: String {
        kind == .year ? "l'année \(report.label)" : "le mois de \(report.label)"
    }
}
