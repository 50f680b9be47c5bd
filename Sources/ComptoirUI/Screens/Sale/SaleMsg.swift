import ComptoirCore

/// The answers to `SaleEffect`.
public enum SaleMsg: Equatable, Sendable {
    case codeResolved(code: String, quantity: Int, item: CatalogItem?)
    /// `creditNote`: the new credit note the sale issued (the rest of a larger one).
    case saleCommitted(number: Int64, change: Money, creditNote: CreditNote? = nil)
    case printed(number: Int64, duplicate: Bool)
    case printFailed(PendingPrint, message: String)
    case parked(ParkedTicket)
    case parkedLoaded([ParkedTicket])
    case resumed([CartLine])
    case drawerOpened(by: String)
    /// A cancellation or a refund was committed.
    case counterEntryCommitted(CounterEntry)
    case refundableLoaded(RefundableTicket)
    /// The household with that card number where it stands today; nil when unknown.
    case householdLoaded(number: Int64, HouseholdStanding?)
    /// A responsable allowed épicerie lines the rules refuse, for the current ticket.
    case overrideGranted(managerId: Int64, name: String, reason: String)
    /// A consigned item (or handwritten label) for the ticket.
    case consignedLineResolved(CartLine)
    /// The ticket to cancel, or nil when no ticket has that number.
    case ticketLookedUp(number: Int64, TicketPreview?)
    case ticketPreviewLoaded(TicketPreview)
    /// A variable-measure code and the category or product its item digits name (nil: none).
    case measuredResolved(VariableMeasureCode, item: CatalogItem?)
}
