import ComptoirCore

/// The answers to `ShopSettingsEffect`.
public enum ShopSettingsMsg: Equatable, Sendable {
    /// The settings now in force (the runtime applies them to its documents at once).
    /// `receipts`: « Ticket ? » as the printer now in force allows it.
    case saved(ShopSettings, receipts: ReceiptMode)
}
