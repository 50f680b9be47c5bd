import Foundation
import ComptoirCore
import ComptoirLedger

/// Lets a running till use the shop settings another till (or a first start elsewhere)
/// saved, without a restart: like `CatalogWatch`, every `interval` it reads the shop
/// ledger's last journal number and, only when it moved, the settings in force; settings
/// that differ from the ones last seen are returned for the runtime to apply.
struct ShopSettingsWatch {
    let interval: TimeInterval
    private var nextPoll: Date
    private var revision: Int64?
    private var seen: ShopSettings?

    /// `seen`: the settings the till started with (nil: none yet).
    init(seen: ShopSettings?, interval: TimeInterval = 2, now: Date = Date()) {
        self.interval = interval
        self.seen = seen
        nextPoll = now
    }

    /// Settings this till saved: not reported again when the journal moves.
    mutating func saw(_ settings: ShopSettings) { seen = settings }

    /// The settings now in force when they changed since the last poll; nil otherwise,
    /// before the interval has passed, or when the ledger cannot be read (tried again later).
    /// `ledger` is the shop's real one: the training copy never takes new settings.
    mutating func poll(_ ledger: Ledger, now: Date) -> ShopSettings? {
        guard now >= nextPoll else { return nil }
        nextPoll = now.addingTimeInterval(interval)
        guard let current = try? ledger.catalogRevision(), current != revision else { return nil }
        let read: ShopSettings?
        do { read = try ledger.shopSettings() } catch { return nil }
        revision = current
        guard let settings = read, settings != seen else { return nil }
        seen = settings
        return settings
    }
}
