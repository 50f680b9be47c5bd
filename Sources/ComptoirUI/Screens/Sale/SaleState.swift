import ComptoirCore

/// The sale screen: the ticket being built and the code field that always has the focus.
public struct SaleState: Equatable, Sendable {
    /// What the code field is asking for right now.
    public enum Mode: Equatable, Sendable {
        case code
        case freePrice
        case quantity
        /// The weight of what is in `weighing`, in kg (typed, or read from the scale).
        case weight
    }

    public var cart = Cart()
    public var selected: Int?
    public var code = TextField(maxLength: 40)
    public var mode: Mode = .code
    /// First visible line of the table when the ticket is longer than the screen.
    public var scroll = 0
    /// The household the ticket is for, as the ledger said when its card was scanned.
    public var household: HouseholdStanding?
    /// A responsable's permission for épicerie lines the rules refuse, for this ticket.
    public var override: TicketDraft.Override?
    public var overrideBy: String?
    /// The épicerie line just refused, that Alt+G (a responsable's override) would add.
    public var refused: CartLine?
    /// What is sold by the kg and waits for its weight.
    public var weighing: Weighing?
    /// The change to give for the ticket just paid in cash: shown large until the next
    /// ticket starts (its first line).
    public var changeDue: Money?
    /// The drawer kick of the ticket just paid failed: F11 tries again without a
    /// responsable, until the next ticket starts.
    public var drawerRetry = false
    /// A free price typed, waiting for its activity and label (and, above the shop's
    /// threshold, for a look at the amount shown large) until Entrée adds it or Échap drops it.
    public var freePrice: FreePriceForm?
    /// A handwritten label (box + price) waiting for the description of its object, which
    /// the registre des objets mobiliers needs, until Entrée adds it or Échap drops it.
    public var handwritten: HandwrittenForm?
    /// The free price shown large for confirmation, if any.
    public var confirmFreePrice: Money? { freePrice?.large == true ? freePrice?.price : nil }
    /// An épicerie line that would take its product's stock below zero, until Entrée adds
    /// it or Échap drops it.
    public var negativeStock: NegativeStock?
    /// The products whose stock going below zero was accepted on this ticket: asked once.
    public var stockAccepted: Set<String> = []
    /// The épicerie products scanned on this ticket, with their stock as read then: F3 and
    /// Alt+G ask the stock question with them.
    public var scannedProducts: [String: Product] = [:]
    public init() {}

    public struct NegativeStock: Equatable, Sendable {
        public var line: CartLine
        public var name: String
        public var unit: Product.Unit
        /// In pieces, or grams for a product sold by the kg.
        public var now: Int
        public var after: Int
        /// F3: the line whose quantity becomes `line.quantity`; nil when `line` is added.
        public var replacing: Int? = nil
    }

    public struct HandwrittenForm: Equatable, Sendable {
        public var line: CartLine
        public var description = TextField(maxLength: 60)
        /// The box the ledger named the line after (`B07 étiquette manuscrite`).
        public var box: String { line.label.split(separator: " ").first.map(String.init) ?? "" }
    }

    public struct FreePriceForm: Equatable, Sendable {
        public var price: Money
        public var activity: Activity
        /// What the manager reads afterwards in the reports; « Article à prix libre » when empty.
        public var label = TextField(maxLength: 30)
        /// Above the shop's threshold: `450` may have meant 4,50 €, so the amount is shown large.
        public var large: Bool
    }

    /// The ticket has épicerie lines: they were priced for `household`.
    public var hasEpicerieLines: Bool { cart.lines.contains { $0.activity == .epicerie } }

    public enum Weighing: Equatable, Sendable {
        case product(Product)
        case category(Category)

        public var name: String {
            switch self {
            case .product(let p): return p.name
            case .category(let c): return c.label
            }
        }
    }
}
