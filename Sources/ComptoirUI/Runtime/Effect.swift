import ComptoirCore

/// Work the interface asks the runtime to do. The runtime performs it (database, printer…)
/// and answers with a `Msg`. Effects carry everything they need: the runtime keeps no
/// hidden state about who is logged in. Each feature owns its effects; the runtime hands
/// each case to that feature's performer.
public enum Effect: Equatable, Sendable {
    case login(LoginEffect)
    case users(UsersEffect)
    case sale(SaleEffect)
    case payment(PaymentEffect)
    case households(HouseholdsEffect)
    case stock(StockEffect)
    case consignment(ConsignmentEffect)
    case closing(ClosingEffect)
    case friperie(FriperieEffect)
    /// Asks the scale for the weight (answered by `.scaleAnswered`), for the sale screen or
    /// the back door.
    case readScale
    /// Switch training mode on (true) or off, allowed by a responsable checked in the real
    /// ledger. Answer: `.trainingChanged` then `.login(.usersLoaded)`, `.approvalRefused` or `.failed`.
    case setTraining(Bool, Approval)
    /// Leave the program (after the user confirmed).
    case quit
    case categories(CategoriesEffect)
    case shopSettings(ShopSettingsEffect)

    /// True when a responsable's PIN travels with the effect: its refusal or failure
    /// answers the approval form.
    public var approval: Approval? {
        switch self {
        case .sale(.openDrawerApproved(let a)), .sale(.cancelTicket(_, let a)), .sale(.refund(_, let a)),
             .sale(.epicerieOverride(let a)), .consignment(.payout(_, _, _, let a)),
             .consignment(.saveSellerBankDetails(_, let a)), .closing(.closeSession(_, _, _, let a)),
             .closing(.cashDrop(_, let a)), .setTraining(_, let a):
            return a
        default:
            return nil
        }
    }
}
