import ComptoirCore

/// The ticket at the till: codes, the commit, printing, parking, and the counter-entries
/// and exceptions a responsable allows.
public enum SaleEffect: Equatable, Sendable {
    /// Answer: `.sale(.codeResolved)`.
    case resolveCode(String, quantity: Int)
    /// Answer: `.sale(.saleCommitted)` or `.failed`.
    case commitSale(TicketDraft, operatorId: Int64, sessionId: Int64)
    /// Print the receipt of a committed ticket; a duplicate is journaled first.
    /// Answer: `.sale(.printed)` or `.sale(.printFailed)`.
    case printReceipt(number: Int64, duplicate: Bool, openDrawer: Bool, operatorId: Int64)
    /// Kick the cash drawer (a cash sale). Answer: nothing, or `.failed`.
    case openDrawer
    /// Open the drawer without a sale, allowed by a responsable. Answer: `.sale(.drawerOpened)`.
    case openDrawerApproved(Approval)
    /// Put the current ticket aside. Answer: `.sale(.parked)` or `.failed`.
    case parkTicket([CartLine], operatorId: Int64)
    /// Answer: `.sale(.parkedLoaded)`.
    case loadParked
    /// Answer: `.sale(.resumed)` or `.failed`.
    case resumeParked(id: Int64, operatorId: Int64)
    /// Cancel ticket n° of the current session by a counter-entry. Answer: `.sale(.counterEntryCommitted)`.
    case cancelTicket(Int64, Approval)
    /// An earlier ticket, to refund items of it. Answer: `.sale(.refundableLoaded)` or `.failed`.
    case loadRefundable(Int64)
    /// Give back items of an earlier ticket. Answer: `.sale(.counterEntryCommitted)`.
    case refund(RefundRequest, Approval)
    /// Answer: `.sale(.householdLoaded)`.
    case loadHousehold(Int64)
    /// Sell épicerie lines the rules refuse on this ticket. Answer: `.sale(.overrideGranted)`.
    case epicerieOverride(Approval)
    /// A scanned or typed item label, or a handwritten one (box + price). Answer:
    /// `.sale(.consignedLineResolved)` or `.failed`.
    case resolveLabel(String)
    case resolveHandwritten(box: String, price: Money)
    /// The ticket to cancel, shown before the PIN. Answer: `.sale(.ticketLookedUp)` (nil
    /// when there is no such ticket) or `.failed` when it cannot be cancelled.
    case lookUpTicket(Int64)
    /// The ticket being refunded, for the refund window. Answer: `.sale(.ticketPreviewLoaded)`.
    case loadTicketPreview(Int64)
    /// A variable-measure code's item, looked up in the catalogue. Answer: `.sale(.measuredResolved)`.
    case resolveMeasured(VariableMeasureCode)
}
