import ComptoirCore

/// What the households screen reads of the app's state.
public struct HouseholdsContext: Equatable, Sendable {
    /// In the shop's time zone: rights are open or closed by day.
    public var today: CalendarDay
    /// A printer is configured: a saved file offers its card (F5).
    public var printsCards: Bool
}

extension AppState {
    var householdsContext: HouseholdsContext {
        HouseholdsContext(today: HouseholdsScreen.today(self), printsCards: context.receipts != .noPrinter)
    }
}
