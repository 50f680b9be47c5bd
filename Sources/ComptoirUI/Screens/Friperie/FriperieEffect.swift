import ComptoirCore

/// The back door: weighings, figures, donation receipts.
public enum FriperieEffect: Equatable, Sendable {
    /// The last weighings and this month's kilograms. Answer: `.friperie(.friperieLoaded)`.
    case loadFriperie
    /// A donation in or an outflow out, weighed. Answer: `.friperie(.flowRecorded)` or `.failed`.
    case recordFlow(FriperieFlow, operatorId: Int64)
    /// The receipt slip of a donation. Answer: `.notice` (printed, or no printer) or `.failed`.
    case printDonationReceipt(FriperieFlow, operatorId: Int64)
    /// A bag's variable-measure label. Answer: `.notice` (printed) or `.failed`.
    case printMeasuredLabel(MeasuredLabel, operatorId: Int64)
    /// Answer: `.friperie(.friperieFiguresLoaded)`.
    case loadFriperieFigures(year: Int)
}
