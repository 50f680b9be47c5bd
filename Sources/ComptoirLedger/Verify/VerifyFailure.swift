/// Thrown inside `verify` to stop at the first problem; `Verifier.run` turns it into the report.
struct VerifyFailure: Error {
    var problem: VerifyProblem

    init(_ problem: VerifyProblem) {
        self.problem = problem
    }
}
