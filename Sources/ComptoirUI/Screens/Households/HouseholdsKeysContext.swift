/// What the households screen's keys read to know whether they show and work.
struct HouseholdsKeysContext: Sendable {
    let households: HouseholdsState
    let context: HouseholdsContext
}
