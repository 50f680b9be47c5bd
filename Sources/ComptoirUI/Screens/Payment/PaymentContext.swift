import Foundation
import ComptoirCore

/// What the payment screen reads of the app's state, and nothing more: the ticket being
/// paid (the sale's, read-only), who sells in which session, and the credit note brake.
public struct PaymentContext: Equatable, Sendable {
    /// The ticket's lines: its total is what is to be paid.
    public var cart: Cart
    /// The household the ticket is for, by number.
    public var household: Int64?
    /// A responsable's permission for épicerie lines the rules refuse.
    public var override: TicketDraft.Override?
    public var user: UserSummary?
    public var session: OpenSession?
    public var now: Date
    /// Unrecognised credit note codes in a row at this till (the app keeps it across tickets).
    public var creditNoteBrake: CreditNoteBrake
    /// In training, the last real ticket number: ticket `base + n` is shown `F-n`.
    public var trainingBase: Int64?
    /// The épicerie products the volunteer agreed to sell below zero on this ticket.
    public var stockAccepted: Set<String> = []

    public init(cart: Cart, household: Int64? = nil, override: TicketDraft.Override? = nil, user: UserSummary?,
                session: OpenSession?, now: Date, creditNoteBrake: CreditNoteBrake = CreditNoteBrake(),
                trainingBase: Int64? = nil) {
        self.cart = cart
        self.household = household
        self.override = override
        self.user = user
        self.session = session
        self.now = now
        self.creditNoteBrake = creditNoteBrake
        self.trainingBase = trainingBase
    }

    var total: Money { cart.total }

    /// A ticket number as this till shows it.
    func ticketName(_ number: Int64) -> String {
        TicketName.format(number, trainingBase: trainingBase)
    }
}

/// What the payment screen's key tables read: its slice and its context.
struct PaymentKeysContext: Sendable {
    let payment: PaymentState
    let context: PaymentContext
}

extension AppState {
    var paymentContext: PaymentContext {
        PaymentContext(cart: sale.cart, household: sale.household?.number, override: sale.override, user: user,
                       session: session, now: now, creditNoteBrake: creditNoteBrake,
                       trainingBase: training ? trainingBase : nil)
            .with(stockAccepted: sale.stockAccepted)
    }
}

extension PaymentContext {
    func with(stockAccepted: Set<String>) -> PaymentContext {
        var context = self
        context.stockAccepted = stockAccepted
        return context
    }
}
