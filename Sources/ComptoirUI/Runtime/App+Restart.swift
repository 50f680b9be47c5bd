import Foundation
import ComptoirCore

/// The last ticket a till recorded, as the ledger gives it back when the till starts.
public struct RecordedTicket: Equatable, Sendable {
    public var number: Int64
    public var total: Money
    public var at: Date
    public init(number: Int64, total: Money, at: Date) {
        self.number = number
        self.total = total
        self.at = at
    }
}

extension App {
    /// A till starting again: F7 reprints its last ticket (not only one rung since the
    /// start). When its session is still open (stopped without a Z: a crash, a power cut, or
    /// a quit in the middle of the day), the first screen says which ticket was recorded last,
    /// so that nobody rings it twice.
    public static func restarted(_ state: inout AppState, lastTicket: RecordedTicket?, sessionLeftOpen: Bool) {
        guard let last = lastTicket else { return }
        state.lastTicket = last.number
        guard sessionLeftOpen else { return }
        let zone = state.context.timeZone
        let clock = Chrome.clock(last.at, zone)
        let when = CalendarDay(last.at, in: zone) == CalendarDay(state.now, in: zone)
            ? "à " + String(clock.suffix(5)) : "le " + clock.prefix(5) + " à " + clock.suffix(5)
        state.status = .info("Dernier ticket enregistré à cette caisse : n° \(state.ticketName(last.number)), \(last.total.formatted) \(when).")
    }
}
