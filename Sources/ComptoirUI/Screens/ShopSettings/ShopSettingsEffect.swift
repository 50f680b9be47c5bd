import ComptoirCore

/// The shop settings' work for the runtime.
public enum ShopSettingsEffect: Equatable, Sendable {
    /// Saves the settings (journaled) as `actorId`, an admin. Answer: `.shopSettings(.saved)`.
    case save(ShopSettings, actorId: Int64)
    /// A test page on `printer` (this till's own printer when its file names one), headed
    /// with `shopName`. Answer: `.notice` or `.failed` once printed.
    case testPrint(ShopPrinter, shopName: String)
}
