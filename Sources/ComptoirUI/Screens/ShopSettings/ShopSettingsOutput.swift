import ComptoirCore

/// What the settings screen asks of the app, which owns the status line and navigation.
public enum ShopSettingsOutput: Equatable, Sendable {
    case status(StatusLine)
    /// Saved: the app keeps them (title bar, whether the till may sell) and leaves.
    case saved(ShopSettings, receipts: ReceiptMode)
    /// Échap: nothing saved.
    case closed
    /// Saved by another till: the app keeps them without leaving the current screen.
    case inForce(ShopSettings, receipts: ReceiptMode)
}
