import ComptoirCore

/// What the households screen reads of the app's state.
public struct HouseholdsContext: Equatable, Sendable {
    /// In the shop's time zone: rights are open or closed by day.
    public var today: CalendarDay
    /// A printer is configured: a saved file offers its card (F5).
    public var printsCards: Bool
    /// Who is at the till (saves files, prints cards); nil when nobody is logged in.
    public var userId: Int64?
    /// A responsable or an admin: only they open, create and edit files and the rules.
    public var isManager: Bool
    /// The household the ticket in progress is for, if any.
    public var ticketHousehold: HouseholdStanding?
    /// The ticket has épicerie lines, priced for `ticketHousehold`.
    public var ticketHasEpicerieLines: Bool
}

extension AppState {
    var householdsContext: HouseholdsContext {
        HouseholdsContext(today: CalendarDay(now, in: context.timeZone), printsCards: context.receipts != .noPrinter,
                          userId: user?.id, isManager: userIsManager,
                          ticketHousehold: sale.household, ticketHasEpicerieLines: sale.hasEpicerieLines)
    }
}
