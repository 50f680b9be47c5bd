import Foundation
import ComptoirCore

/// Everything that can happen to the interface: a key, a resize, the clock, or the answer
/// to an `Effect`.
public enum Msg: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case tick(Date)

    case usersLoaded([UserSummary])
    case loggedIn(UserSummary, OpenSession?)
    /// The PIN was not accepted, and why (wrong, wait, locked, deactivated).
    case loginRefused(PinRefusal)
    case sessionOpened(OpenSession)
    case codeResolved(code: String, quantity: Int, item: CatalogItem?)
    /// The scale's answer: a stable weight, or why there is none (moving, zero, no answer…).
    case scaleAnswered(grams: Int?, problem: String?)
    /// `creditNote`: the new credit note the sale issued (the rest of a larger one).
    case saleCommitted(number: Int64, change: Money, creditNote: CreditNote? = nil)
    case usersChanged([UserSummary], message: String)
    case printed(number: Int64, duplicate: Bool)
    case printFailed(PendingPrint, message: String)
    case parked(ParkedTicket)
    case parkedLoaded([ParkedTicket])
    case resumed([CartLine])
    /// Training mode switched (allowed by `by`); `base` is the training copy's last real
    /// ticket number (0 when off): ticket `base + n` is shown `F-n`.
    case trainingChanged(Bool, base: Int64, by: String)
    /// The responsable's PIN was not accepted, or they are no responsable: the form stays,
    /// the PIN is cleared.
    case approvalRefused(ApprovalRefusal)
    /// The old PIN typed to change one's own was not accepted: the form stays.
    case ownPinRefused(PinRefusal)
    case drawerOpened(by: String)
    /// A drop was recorded and the drawer opened.
    case cashDropped(Money, by: String)
    /// A cancellation or a refund was committed.
    case counterEntryCommitted(CounterEntry)
    /// The credit note with that code, nil when there is none.
    case creditNoteChecked(code: String, note: CreditNote?)
    case refundableLoaded(RefundableTicket)
    /// The household with that card number where it stands today; nil when unknown.
    case householdLoaded(number: Int64, HouseholdStanding?)
    /// A responsable allowed épicerie lines the rules refuse, for the current ticket.
    case overrideGranted(managerId: Int64, name: String, reason: String)
    /// A search of the household file, with the rules in force.
    case householdsFound([Household], rules: EpicerieRules)
    case householdSaved(Household)
    case rulesSaved(EpicerieRules)
    /// The épicerie's products with their stock; `message` says what was just recorded.
    case stockLoaded([Product], message: String?)
    case boardLoaded([BoxBoardEntry], message: String?)
    case sellersFound([Seller])
    case sellerPageLoaded(SellerPage, message: String?)
    /// A rental was signed (its contract printed); the rent line when it is paid at the till.
    case rentalSigned(SellerPage, rentLine: CartLine?, message: String)
    case itemRegistered(ConsignedItem, SellerPage)
    case statementLoaded(SellerStatement)
    /// A consigned item (or handwritten label) for the ticket.
    case consignedLineResolved(CartLine)
    /// A payout was made (slip printed); the page with the new balance.
    case payoutMade(SellerPage, message: String)
    case sessionReportLoaded(SessionReport)
    /// The Z was written (and sent to the printer); the session is closed. `backup` says
    /// where the copy made after it went, or why there is none.
    case sessionClosed(ClosingReport, backup: BackupOutcome? = nil)
    /// The back door's last weighings (newest first) and this month's kilograms.
    case friperieLoaded(recent: [FriperieFlow], month: FriperieFigures.Month)
    /// A weighing was recorded (as the ledger wrote it), with the list and month after it.
    case flowRecorded(FriperieFlow, recent: [FriperieFlow], month: FriperieFigures.Month)
    case friperieFiguresLoaded(FriperieFigures)
    /// An effect was refused or failed; the French text goes to the status line.
    case failed(String)
    /// Something worth telling the user that changes nothing else.
    case notice(String)
}
