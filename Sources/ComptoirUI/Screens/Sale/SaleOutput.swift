import ComptoirCore

/// What the sale screen asks of the app, which alone navigates and owns the status line,
/// the overlays, the payment and the refund.
public enum SaleOutput: Equatable, Sendable {
    case status(StatusLine)
    /// A responsable confirms with their PIN (a cancellation, the drawer, an override).
    case askApproval(ApprovalPurpose, instruction: String)
    /// The responsable's form did its work: close it.
    case approvalDone
    /// F6 on a ticket with lines: the volunteer confirms before it is dropped.
    case confirmAbandon
    /// F12 on an empty ticket: the tickets waiting, to pick one.
    case showParked([ParkedTicket])
    /// The ticket is complete: take the payment, afresh.
    case checkout
    /// Another feature, opened from the sale screen's keys.
    case open(Destination)
    /// F9: the volunteer leaves; the till stays open.
    case logout
    /// An earlier ticket to give items back from: the refund screen shows it.
    case showRefund(RefundableTicket)
    /// The payment went through: it is over, back to selling.
    case paymentDone
    /// A cancellation or a refund was written: the refund (if any) is over, back to selling.
    case counterEntryDone
    /// A ticket was committed at this till: F7 reprints it.
    case committed(ticket: Int64)
    /// "Ticket ?" after a commit.
    case askReceipt(number: Int64, defaultYes: Bool)
    /// The receipt that failed to print (F7 prints it again), or nil once it printed.
    case pendingPrint(PendingPrint?)
    /// The ticket to cancel is found: a responsable allows it, the ticket in sight.
    case askCancellation(TicketPreview, instruction: String)
    /// The ticket being refunded, whole: the refund window shows it.
    case refundPreview(TicketPreview)

    /// The features the sale screen opens.
    public enum Destination: Equatable, Sendable {
        case users, households, stock, consignment, friperie, closing
        case categories
    }
}
