import Foundation
import ComptoirCore

/// Everything that can happen to the interface: a key, a resize, the clock, or the answer
/// to an `Effect`. Each feature owns the answers to its effects.
public enum Msg: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case tick(Date)

    case login(LoginMsg)
    case users(UsersMsg)
    case sale(SaleMsg)
    case payment(PaymentMsg)
    case households(HouseholdsMsg)
    case stock(StockMsg)
    case consignment(ConsignmentMsg)
    case closing(ClosingMsg)
    case friperie(FriperieMsg)

    /// The scale's answer: a stable weight, or why there is none (moving, zero, no answer…).
    case scaleAnswered(grams: Int?, problem: String?)
    /// Training mode switched (allowed by `by`); `base` is the training copy's last real
    /// ticket number (0 when off): ticket `base + n` is shown `F-n`.
    case trainingChanged(Bool, base: Int64, by: String)
    /// The responsable's PIN was not accepted, or they are no responsable: the form stays,
    /// the PIN is cleared.
    case approvalRefused(ApprovalRefusal)
    /// The effect `request` was refused or failed; the French text goes to the status line.
    case failed(String, request: Effect)
    /// Something worth telling the user that changes nothing else.
    case notice(String)
    /// Categories loaded or saved, or changed by another till (the runtime polls the ledger).
    case categories(CategoriesMsg)
    case shopSettings(ShopSettingsMsg)
    /// The printer's state, polled in the background on a two-way link.
    case printerPolled(PrinterState)
}
