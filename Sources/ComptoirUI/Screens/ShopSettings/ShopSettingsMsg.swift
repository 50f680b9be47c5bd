import ComptoirCore

/// The answers to `ShopSettingsEffect`.
public enum ShopSettingsMsg: Equatable, Sendable {
    /// The settings now in force (the runtime applies them to its documents at once).
    case saved(ShopSettings)
}
