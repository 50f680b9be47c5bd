import ComptoirCore

/// What the accounts screen asks of the app, which owns the status line, the overlays and
/// the list of users (the login screen and the logged-in user read it too), and navigates.
public enum UsersOutput: Equatable, Sendable {
    /// Show the accounts screen (it was opened).
    case show
    case status(StatusLine)
    /// Every account as the ledger now has them.
    case usersChanged([UserSummary])
    /// Escape: back to selling.
    case backToSale
    /// A responsable confirms with their PIN (training mode on or off).
    case askApproval(ApprovalPurpose, instruction: String)
    /// Ask « O/N » before the account stops logging in.
    case confirmDeactivation(UserSummary)
    /// Ask « O/N » before a deactivated or locked account is given back its use (an admin).
    case confirmReactivation(UserSummary)
    /// F9 (an admin): the shop's settings.
    case openShopSettings
}
