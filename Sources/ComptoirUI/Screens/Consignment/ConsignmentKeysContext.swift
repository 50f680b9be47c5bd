/// What the vide-greniers key tables decide on: which keys are shown and answer.
struct ConsignmentKeysContext: Sendable {
    let consignment: ConsignmentState
    let context: ConsignmentContext
}
