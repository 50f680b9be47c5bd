/// A month or a year that is over, not closed, with every Z made: the first login of a
/// responsable proposes to close it. `report` is what its closing would record.
public struct PeriodDue: Hashable, Sendable {
    public var report: PeriodReport

    public init(report: PeriodReport) {
        self.report = report
    }

    public var kind: PeriodReport.Kind { report.kind }
    public var period: String { report.period }

    /// « le mois de novembre 2026 », « le mois d'octobre 2026 », « l'année 2026 ».
    public var named: String {
        kind == .year ? "l'année \(report.label)" : "le mois " + French.de(report.label)
    }

    /// « du mois d'octobre 2026 », « de l'année 2026 ».
    public var ofNamed: String {
        kind == .year ? "de l'année \(report.label)" : "du mois " + French.de(report.label)
    }

    /// « Le mois d'octobre 2026 est fini », « L'année 2026 est finie ».
    public var isOver: String {
        let name = named.prefix(1).uppercased() + named.dropFirst()
        return name + (kind == .year ? " est finie" : " est fini")
    }
}
