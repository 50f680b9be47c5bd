import Foundation
import ComptoirCore

/// Which screen has the keyboard.
public enum Screen: Equatable, Sendable {
    case setup, login, openTill, sale, payment, refund, users, households, rules, stock, consignment, closing, friperie
    case categories
    case shopSettings
}

/// A question over the current screen.
public enum Overlay: Equatable, Sendable {
    case help
    /// A responsable's approval.
    case approval(ApprovalForm)
    /// The tickets waiting, to pick one to resume.
    case parked([ParkedTicket], selected: Int)
    case confirm(Confirmation)
}

/// Questions answered by O (oui) or N (non).
public enum Confirmation: Equatable, Sendable {
    case quit
    case abandonTicket
    case deactivate(UserSummary)
    case reactivate(UserSummary)
    /// "Ticket ?" after a sale; Entrée answers the shop's default.
    case receipt(number: Int64, defaultYes: Bool)
    /// A month or a year over, with all its Z's: close it now (a responsable)?
    case closePeriod(PeriodDue)
    /// The retention periods, not applied yet this month: apply them now (a responsable)?
    case applyRetention(RetentionDue)
}

/// The whole state of the interface. A value: `App.update` changes it, `App.view` draws it.
public struct AppState: Equatable, Sendable {
    public var context: AppContext
    public var width: Int
    public var height: Int
    public var now: Date
    public var screen: Screen = .login
    public var overlay: Overlay?
    public var status = StatusLine()
    /// Every user, inactive ones included (the users screen shows them).
    public var users: [UserSummary] = []
    public var user: UserSummary?
    public var session: OpenSession?
    /// Training mode: sales go to a separate copy of the ledger, documents say FACTICE.
    public var training = false
    /// In training, the last real ticket number at copy time: ticket `base + n` is `F-n`.
    public var trainingBase: Int64 = 0

    /// Said wherever the drawer would open: in training it never does.
    public static let trainingDrawer = "Formation : le tiroir ne s'ouvre pas"

    /// A ticket number as this till shows it: `F-n` for a practice ticket in training.
    public func ticketName(_ number: Int64) -> String {
        TicketName.format(number, trainingBase: training ? trainingBase : nil)
    }

    /// The ticket number a volunteer typed: `12`, or in training `F-1` or `1` (the first
    /// practice ticket). Nil when it is no ticket number.
    public func ticketNumber(typed text: String) -> Int64? {
        TicketName.parse(text, trainingBase: training ? trainingBase : nil)
    }
    /// The last ticket committed at this till, for a reprint.
    public var lastTicket: Int64?
    /// A receipt that failed to print.
    public var pendingPrint: PendingPrint?

    public var setup = SetupState()
    public var login = LoginState()
    public var openTill = OpenTillState()
    public var sale = SaleState()
    public var payment = PaymentState()
    /// Unrecognised credit note codes in a row at this till, across tickets.
    public var creditNoteBrake = CreditNoteBrake()
    /// The earlier ticket being refunded, on the refund screen.
    public var refund: RefundState?
    public var admin = UsersState()
    public var households = HouseholdsState()
    /// The épicerie rules being edited, on the rules screen.
    public var rulesForm: RulesForm?
    public var stock = StockState()
    public var consignment = ConsignmentState()
    public var closing = ClosingState()
    public var friperie = FriperieState()
    /// The first line the help (F1) shows: it scrolls.
    public var helpTop = 0
    public var categories = CategoriesState()
    public var shopSettings = ShopSettingsState()
    /// The admin created at first start, who sets the shop up (settings, then categories)
    /// before anyone logs in; nil once the first start hands over to the login screen.
    public var firstStartActor: UserSummary?
    /// What the printer last said (nil: not asked yet, or a one-way link).
    public var printerState: PrinterState?

    public init(context: AppContext, width: Int = 80, height: Int = 24, now: Date = Date()) {
        self.context = context
        self.width = width
        self.height = height
        self.now = now
    }

    /// Active users, in the order the login screen lists them.
    public var activeUsers: [UserSummary] { users.filter(\.active) }
    /// A responsable or an admin is at the till: the key tables list their keys.
    var userIsManager: Bool { user?.role.isManager == true }
}
