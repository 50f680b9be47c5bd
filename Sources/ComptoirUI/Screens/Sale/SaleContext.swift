import ComptoirCore

/// What the sale screen reads of the app's state, and nothing more.
public struct SaleContext: Equatable, Sendable {
    /// Who sells: their id signs the tickets; nil only between a logout and a login.
    public var user: UserSummary?
    public var receipts: ReceiptMode
    public var hasScale: Bool
    /// The friperie categories, with their keys.
    public var categories: [Category]
    /// In training, the last real ticket number at copy time; nil at the real till.
    public var trainingBase: Int64?
    /// The last ticket committed at this till, and a receipt that failed to print (F7).
    public var lastTicket: Int64?
    public var pendingPrint: PendingPrint?
    /// The status line on screen: a receipt's printing completes the line of its commit.
    public var status: StatusLine
    /// The payment being committed has a cash part: the drawer opens.
    public var paidInCash: Bool
    /// The sale screen is the one shown (the scale answers late).
    public var isShown: Bool
    /// A free price above it is confirmed on a large display of the amount.
    public var freePriceThreshold = Money(cents: 10_000)
    /// The activity a free-price line is given unless the volunteer picks another.
    public var freePriceActivity = ShopSettings().freePriceActivity
    /// The variable-measure EAN-13 the shop's labels use (nil: none).
    public var variableMeasure: VariableMeasureFormat?

    public var training: Bool { trainingBase != nil }
    var userIsManager: Bool { user?.role.isManager == true }

    func ticketName(_ number: Int64) -> String {
        TicketName.format(number, trainingBase: trainingBase)
    }

    func ticketNumber(typed text: String) -> Int64? {
        TicketName.parse(text, trainingBase: trainingBase)
    }
}

/// What the sale screen's key table decides on: the ticket and the context.
struct SaleKeysContext: Sendable {
    let sale: SaleState
    let context: SaleContext
}

extension AppState {
    var saleContext: SaleContext {
        SaleContext(user: user, receipts: context.receipts, hasScale: context.hasScale, categories: context.categories,
                    trainingBase: training ? trainingBase : nil, lastTicket: lastTicket, pendingPrint: pendingPrint,
                    status: status, paidInCash: payment.payments.contains { $0.method == .cash }, isShown: screen == .sale,
                    // The ledger's shop settings win; the context's own value serves a shop without them.
                    freePriceThreshold: context.shop?.freePriceThreshold ?? context.freePriceThreshold,
                    freePriceActivity: context.shop?.freePriceActivity ?? ShopSettings().freePriceActivity,
                    variableMeasure: context.variableMeasure)
    }
}
