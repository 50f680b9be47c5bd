import Foundation
import ComptoirCore

/// What the interface knows about where it runs; set once at start.
public struct AppContext: Equatable, Sendable {
    public var shopName: String
    public var tillName: String
    /// Demo mode: the login screen shows the demo PINs, and a banner says so.
    public var demoPins: [Int64: String]?
    /// Friperie categories, with their keys, shown on the sale screen.
    public var categories: [Category]
    public var receipts: ReceiptMode
    public var timeZone: TimeZone
    /// The vide-greniers commission for new rentals (basis points: 2 500 is 25 %); a
    /// rental keeps the rate it was signed with.
    public var commissionBasisPoints: Int
    /// A scale is configured (`[scale] port`): a weight is asked of it before being typed.
    public var hasScale: Bool
    /// A free price above this amount asks a confirmation with the amount shown large.
    public var freePriceThreshold: Money
    /// The shop's settings from the ledger (nil: never saved), and whether the till needs
    /// them to sell (not the demo).
    public var shop: ShopSettings?
    public var shopSettingsRequired = false
    /// `[barcodes]`: the variable-measure EAN-13 this shop's labels use (nil: none).
    public var variableMeasure: VariableMeasureFormat?

    public init(shopName: String, tillName: String, demoPins: [Int64: String]? = nil,
                categories: [Category] = [], receipts: ReceiptMode = .noPrinter,
                timeZone: TimeZone = TimeZone(identifier: "Europe/Paris")!,
                commissionBasisPoints: Int = CommissionSplit.defaultRateBasisPoints, hasScale: Bool = false,
                freePriceThreshold: Money = Money(cents: 10_000)) {
        self.freePriceThreshold = freePriceThreshold
        self.commissionBasisPoints = commissionBasisPoints
        self.hasScale = hasScale
        self.receipts = receipts
        self.shopName = shopName
        self.tillName = tillName
        self.demoPins = demoPins
        self.categories = categories
        self.timeZone = timeZone
    }

    public var isDemo: Bool { demoPins != nil }

    /// Why this till may not sell yet (a receipt names the shop and its address), or nil.
    public var shopProblem: String? {
        guard shopSettingsRequired else { return nil }
        return shop.map(\.sellingProblem) ?? "les réglages de la boutique n'ont jamais été saisis"
    }
}
