import ComptoirCore

/// The answers to `ShopSettingsEffect`.
public enum ShopSettingsMsg: Equatable, Sendable {
    /// The settings now in force (the runtime applies them to its documents at once).
    /// `receipts`: « Ticket ? » as the printer now in force allows it.
    case saved(ShopSettings, receipts: ReceiptMode)
    /// Saved elsewhere (another till), seen by the runtime's watch, which already applies
    /// them to this till's documents: the app keeps them and stays where it is.
    case changedElsewhere(ShopSettings, receipts: ReceiptMode)
}
