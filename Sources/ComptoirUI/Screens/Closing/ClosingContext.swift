import Foundation

/// What the closing screen reads of the app's state, and nothing more.
public struct ClosingContext: Equatable, Sendable {
    public var session: OpenSession?
    public var receipts: ReceiptMode
    public var training: Bool
    public var timeZone: TimeZone
    /// The closing screen is the one shown (a drop may be allowed from elsewhere).
    public var isShown: Bool
    /// The window's height: the figures page when they do not fit.
    public var height: Int = App.minimumHeight
    /// Who is at the till (a duplicate of a Z is journaled with them).
    public var userId: Int64?
}

extension AppState {
    var closingContext: ClosingContext {
        ClosingContext(session: session, receipts: context.receipts, training: training, timeZone: context.timeZone,
                       isShown: screen == .closing, height: height, userId: user?.id)
    }
}
