import Foundation

/// What the journal gave an entry: the rows written in the same transaction keep `seq`
/// and reuse `at`, so that `verify` can tie them back to it.
struct JournalStamp: Sendable, Equatable {
    var seq: Int64
    /// The stored UTC text, `2025-03-14T09:26:53.589Z`.
    var at: String
    var date: Date
}
