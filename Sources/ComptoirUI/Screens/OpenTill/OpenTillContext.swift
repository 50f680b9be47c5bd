/// What the opening of the till reads of the app's state.
public struct OpenTillContext: Equatable, Sendable {
    /// Who opens the till; nil when nobody is logged in.
    public var userId: Int64?
    public var tillName: String
    /// A duplicate of the last Z can be printed (F7) right after a Z whose printing failed.
    public var receipts: ReceiptMode = .noPrinter
}

extension AppState {
    var openTillContext: OpenTillContext {
        OpenTillContext(userId: user?.id, tillName: context.tillName, receipts: context.receipts)
    }
}
