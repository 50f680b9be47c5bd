import ComptoirCore

/// The outcome of `Ledger.verify()`.
public struct VerifyReport: Sendable, Equatable {
    /// Journal entries read (all of them when there is no problem).
    public var entries: Int
    public var problem: VerifyProblem?

    public init(entries: Int, problem: VerifyProblem?) {
        self.entries = entries
        self.problem = problem
    }

    public var isOK: Bool { problem == nil }

    /// `OK — 1 234 entrées`, or `ERREUR — entrée n° 12 (ticket.committed) : <raison>`.
    public var message: String {
        guard let problem else { return "OK — \(Thousands.grouped(entries)) entrées" }
        return "ERREUR — entrée n° \(problem.seq) (\(problem.kind)) : \(problem.reason)"
    }
}
