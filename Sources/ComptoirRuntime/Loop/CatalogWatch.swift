import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirUI

/// Lets a running till see the categories another till (or `comptoir categories set`)
/// changed, without a restart: every `interval` it reads the ledger's revision (one indexed
/// `MAX`), and only when it moved reloads the categories; a list that differs from the one
/// last seen is answered as `.categories(.categoriesLoaded)`, which the app puts in place.
struct CatalogWatch {
    let interval: TimeInterval
    private var nextPoll: Date
    private var revision: Int64?
    private var seen: [ComptoirCore.Category]

    /// `seen`: the categories the till started with.
    init(seen: [ComptoirCore.Category], interval: TimeInterval = 2, now: Date = Date()) {
        self.interval = interval
        self.seen = seen
        nextPoll = now
    }

    /// The message to send when the categories changed since the last poll; nil otherwise,
    /// before the interval has passed, or when the ledger cannot be read (tried again later).
    mutating func poll(_ ledger: Ledger, now: Date) -> Msg? {
        guard now >= nextPoll else { return nil }
        nextPoll = now.addingTimeInterval(interval)
        guard let current = try? ledger.catalogRevision(), current != revision else { return nil }
        guard let categories = try? ledger.categories() else { return nil }
        revision = current
        guard categories != seen else { return nil }
        seen = categories
        return .categories(.categoriesLoaded(categories, message: nil))
    }
}
