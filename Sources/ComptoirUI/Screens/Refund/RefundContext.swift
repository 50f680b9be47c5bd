import Foundation
import ComptoirCore

/// What the refund screen reads of the app's state, and nothing more.
public struct RefundContext: Equatable, Sendable {
    public var timeZone: TimeZone
    /// In training, the last real ticket number at copy time; nil at the real till.
    public var trainingBase: Int64?

    func ticketName(_ number: Int64) -> String {
        TicketName.format(number, trainingBase: trainingBase)
    }
}

extension AppState {
    var refundContext: RefundContext {
        RefundContext(timeZone: context.timeZone, trainingBase: training ? trainingBase : nil)
    }
}
