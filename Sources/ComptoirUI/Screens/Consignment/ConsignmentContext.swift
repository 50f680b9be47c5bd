import Foundation
import ComptoirCore

/// What the vide-greniers screens read of the app's state, and nothing more.
public struct ConsignmentContext: Equatable, Sendable {
    /// Who is at the till: their id goes on what they record; a responsable adds boxes.
    public var user: UserSummary?
    public var today: CalendarDay
    public var timeZone: TimeZone
    /// The shop's commission on a new rental.
    public var commissionBasisPoints: Int
    /// Said after a cash payout in training, where the drawer never opens.
    public var trainingDrawer: String?
    /// Rentals whose rent is already on the ticket (it is not added twice).
    public var rentOnTicket: [Int64]
    /// Rentals carrying a seller's debt line already on the ticket (it is not added twice).
    public var debtOnTicket: [Int64] = []

    public var userIsManager: Bool { user?.role.isManager == true }
}

extension AppState {
    var consignmentContext: ConsignmentContext {
        ConsignmentContext(user: user, today: CalendarDay(now, in: context.timeZone), timeZone: context.timeZone,
                           commissionBasisPoints: context.commissionBasisPoints,
                           trainingDrawer: training ? AppState.trainingDrawer : nil,
                           rentOnTicket: sale.cart.lines.filter { $0.activity == .loyer }.compactMap(\.rentalId),
                           debtOnTicket: sale.cart.lines.filter { $0.activity == .detteDeposant }.compactMap(\.rentalId))
    }
}
