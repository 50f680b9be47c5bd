import ComptoirCore

/// Work the interface asks the runtime to do. The runtime performs it (database, printer…)
/// and answers with a `Msg`. Effects carry everything they need: the runtime keeps no
/// hidden state about who is logged in.
public enum Effect: Equatable, Sendable {
    /// Answer: `.usersLoaded`.
    case loadUsers
    /// First start: create the manager account. Answer: `.usersLoaded` then `.notice`, or `.failed`.
    case createFirstManager(firstName: String, pin: String)
    /// Answer: `.loggedIn` or `.loginRefused`.
    case authenticate(userId: Int64, pin: String)
    /// Answer: `.sessionOpened` or `.failed`.
    case openSession(float: Money, operatorId: Int64)
    /// Answer: `.codeResolved`.
    case resolveCode(String, quantity: Int)
    /// Asks the scale for the weight (answered by `scaleAnswered`).
    case readScale
    /// Answer: `.saleCommitted` or `.failed`.
    case commitSale(TicketDraft, operatorId: Int64, sessionId: Int64)
    /// Answer: `.usersChanged` or `.failed`.
    case createUser(firstName: String, pin: String, role: Role, actorId: Int64)
    case setRole(userId: Int64, role: Role, actorId: Int64)
    case deactivateUser(userId: Int64, actorId: Int64)
    /// One's own PIN, the old one checked (and counted). Answer: `.usersChanged`,
    /// `.ownPinRefused` or `.failed`.
    case changeOwnPin(userId: Int64, oldPin: String, newPin: String)
    /// A manager gives someone a new PIN. Answer: `.usersChanged` or `.failed`.
    case resetPin(userId: Int64, pin: String, actorId: Int64)
    /// An admin reactivates a deactivated or locked account. Answer: `.usersChanged` or `.failed`.
    case reactivateUser(userId: Int64, actorId: Int64)
    /// Print the receipt of a committed ticket; a duplicate is journaled first.
    /// Answer: `.printed` or `.printFailed`.
    case printReceipt(number: Int64, duplicate: Bool, openDrawer: Bool, operatorId: Int64)
    /// Kick the cash drawer (a cash sale). Answer: nothing, or `.failed`.
    case openDrawer
    /// Put the current ticket aside. Answer: `.parked` or `.failed`.
    case parkTicket([CartLine], operatorId: Int64)
    /// Answer: `.parkedLoaded`.
    case loadParked
    /// Answer: `.resumed` or `.failed`.
    case resumeParked(id: Int64, operatorId: Int64)
    /// Check a responsable's PIN, then do what they allow. Answer: `.approvalRefused`,
    /// `.drawerOpened`, `.counterEntryCommitted` or `.failed`.
    case approve(ApprovalPurpose, managerId: Int64, pin: String, reason: String, operatorId: Int64)
    /// Answer: `.creditNoteChecked`.
    case lookUpCreditNote(String)
    /// An earlier ticket, to refund items of it. Answer: `.refundableLoaded` or `.failed`.
    case loadRefundable(Int64)
    /// Answer: `.householdLoaded`.
    case loadHousehold(Int64)
    /// Answer: `.householdsFound`.
    case searchHouseholds(String)
    /// Create or change a household's file (a responsable). Answer: `.householdSaved` or `.failed`.
    case saveHousehold(Household, actorId: Int64)
    /// Answer: `.notice` or `.failed`.
    case printHouseholdCard(Int64, operatorId: Int64)
    /// Answer: `.stockLoaded`.
    case loadStock
    /// An arrival or an inventory correction. Answer: `.stockLoaded` or `.failed`.
    case recordStock(code: String, kind: StockMovementKind, quantity: Int, weightGrams: Int?, reason: String?, operatorId: Int64)
    /// Create or change a product (a responsable). Answer: `.stockLoaded` or `.failed`.
    case saveProduct(Product, actorId: Int64)
    /// Answer: `.rulesSaved` or `.failed`.
    case saveRules(EpicerieRules, actorId: Int64)
    /// The board of boxes on that day. Answer: `.boardLoaded`.
    case loadBoard(CalendarDay)
    /// Answer: `.sellersFound`.
    case searchSellers(String)
    /// The seller's page, with `message` for the status line. Answer: `.sellerPageLoaded`.
    case loadSellerPage(sellerId: Int64, rentalId: Int64? = nil, message: String? = nil)
    /// Answer: `.sellerPageLoaded` or `.failed`.
    case saveSeller(Seller, actorId: Int64)
    /// A responsable. Answer: `.boardLoaded` or `.failed`.
    case saveBox(Box, actorId: Int64)
    /// Signs the rental and prints the contract slip. Answer: `.rentalSigned` or `.failed`.
    case signRental(Rental, actorId: Int64)
    case extendRental(rentalId: Int64, sellerId: Int64, to: CalendarDay, rent: Money, actorId: Int64)
    case endRentalEarly(rentalId: Int64, sellerId: Int64, actorId: Int64)
    /// Answer: `.itemRegistered` or `.failed`.
    case registerItem(rentalId: Int64, sellerId: Int64, description: String, price: Money, actorId: Int64)
    /// An unsold item back to its seller, or to the friperie with its weight. Answer: `.sellerPageLoaded`.
    case endItem(itemId: Int64, sellerId: Int64, donatedGrams: Int?, donated: Bool, actorId: Int64)
    /// Labels of the rental's items still in the box. Answer: `.notice` or `.failed`.
    case printLabels(rentalId: Int64, operatorId: Int64)
    /// Answer: `.statementLoaded`.
    case loadStatement(sellerId: Int64, from: CalendarDay, to: CalendarDay)
    /// Answer: `.notice` or `.failed`.
    case printStatement(sellerId: Int64, from: CalendarDay, to: CalendarDay)
    /// A scanned or typed item label, or a handwritten one (box + price). Answer:
    /// `.consignedLineResolved` or `.failed`.
    case resolveLabel(String)
    case resolveHandwritten(box: String, price: Money)
    /// The X of the session. Answer: `.sessionReportLoaded`.
    case loadSessionReport(sessionId: Int64)
    /// Print the X. Answer: `.notice` or `.failed`.
    case printSessionReport(sessionId: Int64)
    /// The last weighings at the back door and this month's kilograms. Answer: `.friperieLoaded`.
    case loadFriperie
    /// A donation in or an outflow out, weighed. Answer: `.flowRecorded` or `.failed`.
    case recordFlow(FriperieFlow, operatorId: Int64)
    /// The receipt slip of a donation. Answer: `.notice` (printed, or no printer) or `.failed`.
    case printDonationReceipt(FriperieFlow, operatorId: Int64)
    /// Answer: `.friperieFiguresLoaded`.
    case loadFriperieFigures(year: Int)
    /// Leave the program (after the user confirmed).
    case quit
}
