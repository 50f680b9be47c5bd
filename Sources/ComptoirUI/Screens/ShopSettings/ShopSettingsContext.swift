import ComptoirCore

/// What the settings screen reads of the app's state.
public struct ShopSettingsContext: Equatable, Sendable {
    /// The admin who saves: the one logged in, or at first start the account just created.
    public var actorId: Int64?

    public init(actorId: Int64?) {
        self.actorId = actorId
    }
}
